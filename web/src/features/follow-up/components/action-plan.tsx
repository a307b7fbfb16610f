import { useTranslation } from 'react-i18next';
import type { TCurrentUser } from '@koers/shared/auth';
import { can } from '@koers/shared/policy';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePartnershipActions } from '../api/get-partnership-actions.ts';
import { ActionForm } from './action-form.tsx';
import { ActionList } from './action-list.tsx';
import styles from './follow-up.module.css';

/** The partnership's action plan: overdue first, then what is still running, then what is finished. */
export function ActionPlan({ partnershipId, user }: { partnershipId: string; user: TCurrentUser | null }) {
  const { t } = useTranslation();
  const actions = usePartnershipActions(partnershipId);
  const canWrite = can(user?.access, 'follow-up:write', { partnershipId });

  if (actions.isPending) return <LoadingState />;
  if (actions.isError) return <ErrorState error={actions.error} onRetry={() => void actions.refetch()} />;
  const rank = (action: (typeof actions.data)[number]) =>
    action.overdue ? 0 : action.status === 'done' || action.status === 'dropped' ? 2 : 1;
  const sorted = [...actions.data].sort((a, b) => rank(a) - rank(b) || a.dueOn.localeCompare(b.dueOn));

  return (
    <>
      {sorted.length === 0 ? (
        <EmptyState title={t('followUp.plan.title')}>
          <p>{t('followUp.plan.empty')}</p>
        </EmptyState>
      ) : (
        <section aria-labelledby="action-plan" className={`surface ${styles.card}`}>
          <h2 id="action-plan">{t('followUp.plan.title')}</h2>
          <ActionList actions={sorted} canWrite={canWrite} />
        </section>
      )}
      {canWrite && user ? <ActionForm partnershipId={partnershipId} user={user} flagIds={[]} theme={null} /> : null}
    </>
  );
}
