import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { DocumentTitle } from '../../components/document-title.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { ActionPlan } from '../../features/follow-up/components/action-plan.tsx';
import { OverdueActions } from '../../features/follow-up/components/overdue-actions.tsx';
import { usePartnership } from '../../features/partnerships/api/get-partnership.ts';
import { PartnershipNotFound } from '../../features/partnerships/components/partnership-details.tsx';
import { ApiRequestError } from '../../lib/api-client.ts';
import styles from '../../features/follow-up/components/follow-up.module.css';

function PartnershipActions({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const partnership = usePartnership(partnershipId);

  if (partnership.isPending) return <LoadingState />;
  if (partnership.isError) {
    if (partnership.error instanceof ApiRequestError && partnership.error.status === 404) {
      return <PartnershipNotFound />;
    }
    return <ErrorState error={partnership.error} onRetry={() => void partnership.refetch()} />;
  }
  const name = partnership.data.name;
  return (
    <article className={styles.page}>
      <DocumentTitle page={t('followUp.plan.pageTitle', { name })} />
      <header className={styles.header}>
        <Link to={`/partnerships/${partnershipId}`} className="back-link">
          <span aria-hidden="true">←</span> {t('followUp.plan.back')}
        </Link>
        <h1>
          <span className="eyebrow">{t('followUp.plan.eyebrow')}</span>
          {name}
        </h1>
        <p className={styles.muted}>{t('followUp.plan.intro')}</p>
      </header>
      <OverdueActions partnershipId={partnershipId} />
      <ActionPlan partnershipId={partnershipId} user={user} />
    </article>
  );
}

export function Component() {
  const params = ZPartnershipParams.safeParse(useParams());
  if (!params.success) return <PartnershipNotFound />;
  return <PartnershipActions partnershipId={params.data.partnershipId} />;
}
