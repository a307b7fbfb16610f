import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePartnershipActions } from '../api/get-partnership-actions.ts';
import styles from './follow-up.module.css';

/** The way from a partnership's page to its action plan, with how much is still running. */
export function ActionPlanLink({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const actions = usePartnershipActions(partnershipId);
  const running = (actions.data ?? []).filter((a) => a.status === 'open' || a.status === 'in_progress');
  const overdue = running.filter((a) => a.overdue).length;
  return (
    <section aria-labelledby="action-plan-link" className={styles.callout}>
      <div>
        <h2 id="action-plan-link">{t('followUp.plan.title')}</h2>
        <p className={styles.muted}>
          {actions.data ? t('followUp.plan.summary', { count: running.length }) : t('followUp.plan.openIntro')}
          {overdue > 0 ? (
            <>
              {', '}
              <span className={styles.overdueText}>
                <span aria-hidden="true">⚠</span>
                {t('followUp.plan.overdueSummary', { count: overdue })}
              </span>
            </>
          ) : null}
        </p>
      </div>
      <Link to={`/partnerships/${partnershipId}/actions`} className="button button-secondary">
        {t('followUp.plan.open')} <span aria-hidden="true">→</span>
      </Link>
    </section>
  );
}
