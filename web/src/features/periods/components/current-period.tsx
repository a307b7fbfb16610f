import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useCurrentPeriod, usePeriods } from '../api/get-periods.ts';
import styles from './periods.module.css';

/** The quarter everyone is working on, with its due date, visible on every page. */
export function CurrentPeriod() {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const loading = usePeriods().isPending;
  const period = useCurrentPeriod();
  // An empty line holds the bar's height while the quarter loads, so the page below does not shift.
  if (loading) return <p className={styles.current} aria-hidden="true" />;
  if (!period) return null;
  return (
    <p className={styles.current}>
      <span className={styles.currentDot} aria-hidden="true" />
      {t('periods.current', { code: period.code, date: date(period.dueOn) })}
    </p>
  );
}
