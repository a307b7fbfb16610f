import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOpenAssessments } from '../../assessments/hooks/use-open-assessments.ts';
import { useCurrentUser } from '../../auth/api/get-session.ts';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useCurrentPeriod, usePeriods } from '../api/get-periods.ts';
import styles from './periods.module.css';

/**
 * The quarter everyone is working on, with its due date, visible on every page. For a programme
 * manager whose assessment of this quarter is started and not yet submitted, it leads there.
 */
export function CurrentPeriod() {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const loading = usePeriods().isPending;
  const period = useCurrentPeriod();
  const drafts = (useOpenAssessments(useCurrentUser()?.access.programmeManagerOf ?? []) ?? []).filter(
    (open) => open.assessment !== undefined,
  );
  // An empty line holds the bar's height while the quarter loads, so the page below does not shift.
  if (loading) return <p className={styles.current} aria-hidden="true" />;
  if (!period) return null;
  const [only] = drafts;
  // One draft: straight to it. Several (a person managing more partnerships): the start page lists each.
  const to = only?.assessment && drafts.length === 1 ? `/assessments/${only.assessment.id}` : '/';
  return (
    <p className={styles.current}>
      <span className={styles.currentDot} aria-hidden="true" />
      {drafts.length > 0 ? (
        <Link to={to} className={styles.currentLink}>
          {t('periods.current', { code: period.code, date: date(period.dueOn) })}{' '}
          <span className={styles.currentAction}>
            {t('fillIn.open.periodLink', { count: drafts.length })} <span aria-hidden="true">→</span>
          </span>
        </Link>
      ) : (
        t('periods.current', { code: period.code, date: date(period.dueOn) })
      )}
    </p>
  );
}
