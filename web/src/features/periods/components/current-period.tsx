import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useCurrentPeriod } from '../api/get-periods.ts';
import styles from './periods.module.css';

/** The quarter everyone is working on, with its due date, visible on every page. */
export function CurrentPeriod() {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const period = useCurrentPeriod();
  if (!period) return null;
  return (
    <p className={styles.current}>
      <span className={styles.currentDot} aria-hidden="true" />
      {t('periods.current', { code: period.code, date: date(period.dueOn) })}
    </p>
  );
}
