import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styles from './dashboard-link.module.css';

/** The way from a partnership's page to its dashboard, placed where nobody can miss it. */
export function DashboardLink({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dashboard-link" className={styles.callout}>
      <div>
        <h2 id="dashboard-link" className={styles.title}>
          {t('dashboard.title')}
        </h2>
        <p className={styles.text}>{t('dashboard.openIntro')}</p>
      </div>
      <Link to={`/partnerships/${partnershipId}/dashboard`} className="button">
        {t('dashboard.open')} <span aria-hidden="true">→</span>
      </Link>
    </section>
  );
}
