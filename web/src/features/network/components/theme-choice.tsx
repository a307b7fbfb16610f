import { useTranslation } from 'react-i18next';
import { THEME_NUMBERS, type TThemeNumber } from '@koers/shared/themes';
import styles from './network.module.css';

type TThemeChoiceProps = {
  legend: string;
  value: readonly TThemeNumber[];
  onChange: (themes: TThemeNumber[]) => void;
  disabled?: boolean;
};

/** The five themes as checkboxes in a fieldset: each can be chosen or not, by keyboard too. */
export function ThemeChoice({ legend, value, onChange, disabled = false }: TThemeChoiceProps) {
  const { t } = useTranslation();
  const toggle = (theme: TThemeNumber, on: boolean) =>
    onChange(THEME_NUMBERS.filter((n) => (n === theme ? on : value.includes(n))));
  return (
    <fieldset className={styles.themes} disabled={disabled}>
      <legend>{legend}</legend>
      {THEME_NUMBERS.map((theme) => (
        <label key={theme} className={styles.checkbox}>
          <input
            type="checkbox"
            checked={value.includes(theme)}
            onChange={(event) => toggle(theme, event.target.checked)}
          />
          {t(`themesShort.theme${theme}`)}
        </label>
      ))}
    </fieldset>
  );
}
