import { useTranslation } from 'react-i18next';
import type { TFlagDetail } from '@koers/shared/follow-up';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import { SeverityBadge } from './severity-badge.tsx';
import styles from './follow-up.module.css';

/** What the flag showed in each quarter it stayed open: one conversation, followed over time. */
export function FlagReadings({ readings }: { readings: TFlagDetail['readings'] }) {
  const { t } = useTranslation();
  const localised = useLocalisedText();
  return (
    <section aria-labelledby="flag-readings" className={`surface ${styles.card}`}>
      <h2 id="flag-readings">{t('followUp.flag.readings.title')}</h2>
      <p className={styles.muted}>{t('followUp.flag.readings.intro')}</p>
      <ol className={styles.timeline}>
        {readings.map((reading) => (
          <li key={reading.periodCode}>
            <span className={styles.timelineEvent}>{reading.periodCode}</span>{' '}
            <SeverityBadge severity={reading.severity} />
            <p className={styles.timelineNote}>{localised(reading.reason)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
