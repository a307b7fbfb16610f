import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '@koers/shared/policy';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { DocumentTitle } from '../../components/document-title.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { CsvFormat } from '../../features/history-import/components/csv-format.tsx';
import { HistoryImport } from '../../features/history-import/components/history-import.tsx';
import { usePartnership } from '../../features/partnerships/api/get-partnership.ts';
import { PartnershipNotFound } from '../../features/partnerships/components/partnership-details.tsx';
import { ApiRequestError } from '../../lib/api-client.ts';
import styles from '../../features/history-import/components/history-import.module.css';

function PartnershipImport({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const partnership = usePartnership(partnershipId);

  // The API refuses anyone else too; this spares them a form they cannot use.
  if (!can(user?.access, 'history:import', { partnershipId })) {
    return (
      <>
        <DocumentTitle page={t('historyImport.forbidden.title')} />
        <EmptyState
          headingLevel={1}
          title={t('historyImport.forbidden.title')}
          action={
            <Link to={`/partnerships/${partnershipId}`} className="button">
              {t('historyImport.back')}
            </Link>
          }
        >
          <p>{t('historyImport.forbidden.text')}</p>
        </EmptyState>
      </>
    );
  }
  if (partnership.isPending) return <LoadingState />;
  if (partnership.isError) {
    if (partnership.error instanceof ApiRequestError && partnership.error.status === 404) {
      return <PartnershipNotFound />;
    }
    return <ErrorState error={partnership.error} onRetry={() => void partnership.refetch()} />;
  }
  const name = partnership.data.name;
  return (
    <article className={styles.flow}>
      <DocumentTitle page={t('historyImport.pageTitle', { name })} />
      <header>
        <Link to={`/partnerships/${partnershipId}`}>
          <span aria-hidden="true">←</span> {t('historyImport.back')}
        </Link>
        <h1>
          <span className="eyebrow">{t('historyImport.eyebrow')}</span>
          {name}
        </h1>
        <p className="lead">{t('historyImport.intro')}</p>
      </header>
      <CsvFormat />
      <HistoryImport partnershipId={partnershipId} />
    </article>
  );
}

export function Component() {
  const params = ZPartnershipParams.safeParse(useParams());
  if (!params.success) return <PartnershipNotFound />;
  return <PartnershipImport partnershipId={params.data.partnershipId} />;
}
