import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useCurrentPeriod, usePeriods } from '../api/get-periods.ts';
import styles from './periods.module.css';

/**
 * The quarter everyone is working on, with its due date, visible on every page. Given this quarter's
 * draft assessment of the person's partnership, it leads there.
 */
export function CurrentPeriod({ draftAssessmentId }: { draftAssessmentId: string | undefined }) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const loading = usePeriods().isPending;
  const period = useCurrentPeriod();
  // An empty line holds the bar's height while the quarter loads, so the page below does not shift.
  if (loading) return <p className={styles.current} aria-hidden="true" />;
  if (!period) return null;
  const text = t('periods.current', { code: period.code, date: date(period.dueOn) });
  return (
    <p className={styles.current}>
      <span className={styles.currentDot} aria-hidden="true" />
      {draftAssessmentId ? (
        <Link to={`/assessments/${draftAssessmentId}`} className={styles.currentLink}>
          {text}{' '}
          <span className={styles.currentAction}>
            {t('fillIn.open.periodLink')} <span aria-hidden="true">→</span>
          </span>
        </Link>
      ) : (
        text
      )}
    </p>
  );
}
