import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styles from './report.module.css';

/** To the printable report of the quarter on screen (the latest when none is chosen). */
export function ReportLink({ partnershipId, periodId }: { partnershipId: string; periodId: string | undefined }) {
  const { t } = useTranslation();
  const query = periodId ? `?periodId=${encodeURIComponent(periodId)}` : '';
  return (
    <p className={styles.reportLink}>
      <Link to={`/partnerships/${partnershipId}/report${query}`} className="button button-secondary">
        {t('report.open')}
      </Link>
    </p>
  );
}
