import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePartnershipAssessments } from '../../assessments/api/get-partnership-assessments.ts';
import { useCurrentUser } from '../../auth/api/get-session.ts';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useCurrentPeriod, usePeriods } from '../api/get-periods.ts';
import styles from './periods.module.css';

/**
 * The quarter everyone is working on, with its due date, visible on every page. For the programme
 * manager of a partnership whose assessment of this quarter is started and not yet submitted, it leads
 * there. Someone managing several partnerships finds each open one first on the start page instead:
 * asking for every partnership's list here would put more code on every first page.
 */
export function CurrentPeriod() {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const loading = usePeriods().isPending;
  const period = useCurrentPeriod();
  const managed = useCurrentUser()?.access.programmeManagerOf ?? [];
  const [partnershipId] = managed;
  const assessments = usePartnershipAssessments(partnershipId ?? '', managed.length === 1 && period !== undefined);
  // An empty line holds the bar's height while the quarter loads, so the page below does not shift.
  if (loading) return <p className={styles.current} aria-hidden="true" />;
  if (!period) return null;
  const draft = assessments.data?.find((a) => a.periodId === period.id && a.status === 'draft');
  const text = t('periods.current', { code: period.code, date: date(period.dueOn) });
  return (
    <p className={styles.current}>
      <span className={styles.currentDot} aria-hidden="true" />
      {draft ? (
        <Link to={`/assessments/${draft.id}`} className={styles.currentLink}>
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
