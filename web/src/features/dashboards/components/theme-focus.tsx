import { useTranslation } from 'react-i18next';
import { THEME_NUMBERS, type TThemeNumber } from '@koers/shared/themes';
import styles from './theme-focus.module.css';

type TThemeFocusProps = {
  focus: TThemeNumber | null;
  onFocus: (theme: TThemeNumber | null) => void;
};

/** Picks one theme to draw strongly; the others stay visible, faintly, for context. */
export function ThemeFocus({ focus, onFocus }: TThemeFocusProps) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('dashboard.trend.focus')} className={styles.focus}>
      <button type="button" className={styles.focusButton} aria-pressed={focus === null} onClick={() => onFocus(null)}>
        {t('dashboard.trend.allThemes')}
      </button>
      {THEME_NUMBERS.map((theme) => (
        <button
          key={theme}
          type="button"
          className={styles.focusButton}
          aria-pressed={focus === theme}
          onClick={() => onFocus(focus === theme ? null : theme)}
        >
          {t(`themesShort.theme${theme}`)}
        </button>
      ))}
    </div>
  );
}
