import { useTranslation } from 'react-i18next';
import type { TFlagDetail } from '@koers/shared/follow-up';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import styles from './follow-up.module.css';

/** Every step from raised to closed, with who took it and when: the flag's own audit trail. */
export function FlagHistory({ history }: { history: TFlagDetail['history'] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDate();
  return (
    <section aria-labelledby="flag-history" className={`surface ${styles.card}`}>
      <h2 id="flag-history">{t('followUp.flag.history.title')}</h2>
      <ol className={styles.timeline}>
        {history.map((step, index) => (
          <li key={`${step.event}-${step.at}-${index}`}>
            <span className={styles.timelineEvent}>{t(`followUp.flag.history.${step.event}`)}</span>{' '}
            <span className={styles.timelineMeta}>
              {step.actor ? t('followUp.flag.history.by', { name: step.actor }) : t('followUp.flag.history.byKoers')} ·{' '}
              <time dateTime={step.at}>{dateTime(step.at)}</time>
            </span>
            {step.note ? <p className={styles.timelineNote}>{step.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
