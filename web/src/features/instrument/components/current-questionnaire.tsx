import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { toLanguage } from '../../../i18n/i18n.ts';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import { useCurrentInstrument } from '../api/get-current-instrument.ts';
import { ScaleLegend } from './scale-legend.tsx';
import { ThemeSection } from './theme-section.tsx';
import styles from './questionnaire.module.css';

export function CurrentQuestionnaire() {
  const { t, i18n } = useTranslation();
  const localise = useLocalisedText();
  const query = useCurrentInstrument();

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const instrument = query.data;
  const publishedAt = instrument.publishedAt
    ? new Intl.DateTimeFormat(toLanguage(i18n.resolvedLanguage), { dateStyle: 'long' }).format(
        new Date(instrument.publishedAt),
      )
    : undefined;

  return (
    <>
      <header className={styles.intro}>
        <h1>{localise(instrument.title)}</h1>
        <p className={styles.version}>
          {t('questionnaire.version', { version: instrument.version })}
          {publishedAt ? `, ${t('questionnaire.publishedOn', { date: publishedAt })}` : null}
        </p>
        <p className="lead">{t('questionnaire.intro')}</p>
      </header>
      <ScaleLegend />
      <section aria-labelledby="questionnaire-themes">
        <h2 id="questionnaire-themes">{t('questionnaire.themes.title')}</h2>
        <p>{t('questionnaire.preconditions')}</p>
        <div className={styles.themes}>
          {instrument.themes.map((theme) => (
            <ThemeSection key={theme.number} theme={theme} />
          ))}
        </div>
      </section>
    </>
  );
}
