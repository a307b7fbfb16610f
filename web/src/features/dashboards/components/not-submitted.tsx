import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TBoardOverview } from '@koers/shared/dashboards';
import styles from './board.module.css';

/** The partnerships in view that have not submitted their self-assessment for the quarter shown. */
export function NotSubmitted({ overview }: { overview: TBoardOverview }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-submitted" className={`surface ${styles.card}`}>
      <h2 id="not-submitted">{t('board.notSubmitted.title', { period: overview.period?.code ?? '' })}</h2>
      {overview.notSubmitted.length === 0 ? (
        <p className={styles.calm}>{t('board.notSubmitted.none')}</p>
      ) : (
        <>
          <p className={styles.muted}>{t('board.notSubmitted.intro')}</p>
          <ul className={styles.notSubmitted}>
            {overview.notSubmitted.map((partnership) => (
              <li key={partnership.partnershipId}>
                <Link to={`/partnerships/${partnership.partnershipId}/dashboard`}>{partnership.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
