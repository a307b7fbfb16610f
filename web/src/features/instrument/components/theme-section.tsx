import { useTranslation } from 'react-i18next';
import type { TTheme } from '@koers/shared/instrument';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import styles from './questionnaire.module.css';

export function ThemeSection({ theme }: { theme: TTheme }) {
  const { t } = useTranslation();
  const localise = useLocalisedText();
  const headingId = `theme-${theme.number}`;

  return (
    <section aria-labelledby={headingId} className={`surface ${styles.theme}`}>
      <h3 id={headingId} className={styles.themeTitle}>
        <span className={styles.themeNumber}>{t('questionnaire.themes.number', { number: theme.number })}</span>
        {localise(theme.name)}
      </h3>
      <div className={styles.question}>
        <p className={styles.questionLabel}>{t('questionnaire.themes.question')}</p>
        <p className={styles.questionText}>{localise(theme.question)}</p>
      </div>
      <h4 className="visually-hidden">{t('questionnaire.themes.indicators')}</h4>
      <ol className={styles.indicators}>
        {theme.indicators.map((indicator) => (
          <li key={indicator.id} className={styles.indicator}>
            <span className={styles.indicatorCode}>{indicator.code}</span>
            <span>{localise(indicator.text)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
