import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useOrganisations } from '../../../features/organisations/api/get-organisations.ts';
import { usePartnership } from '../../../features/partnerships/api/get-partnership.ts';
import { PartnershipNotFound } from '../../../features/partnerships/components/partnership-details.tsx';
import { PartnershipForm } from '../../../features/partnerships/components/partnership-form.tsx';
import { PartnershipMemberEditor } from '../../../features/partnerships/components/partnership-member-editor.tsx';
import styles from './admin.module.css';

function ManagePartnership({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const partnership = usePartnership(partnershipId);
  const organisations = useOrganisations();

  if (partnership.isPending || organisations.isPending) return <LoadingState />;
  if (partnership.isError) {
    if (partnership.error instanceof ApiRequestError && partnership.error.status === 404)
      return <PartnershipNotFound />;
    return <ErrorState error={partnership.error} onRetry={() => void partnership.refetch()} />;
  }
  if (organisations.isError)
    return <ErrorState error={organisations.error} onRetry={() => void organisations.refetch()} />;

  return (
    <div className={styles.stack}>
      <DocumentTitle page={partnership.data.name} />
      <Link to="/admin/partnerships" className={`back-link ${styles.back}`}>
        <span aria-hidden="true">←</span> {t('admin.partnerships.back')}
      </Link>
      <div className={styles.header}>
        <h1>{partnership.data.name}</h1>
        <Link to={`/partnerships/${partnershipId}`}>{t('admin.partnerships.view')}</Link>
      </div>
      {/* Keyed by id: another partnership starts with its own values. */}
      <PartnershipForm key={partnershipId} partnership={partnership.data} />
      <PartnershipMemberEditor
        key={`members-${partnershipId}`}
        partnership={partnership.data}
        organisations={organisations.data}
      />
    </div>
  );
}

export function Component() {
  const params = ZPartnershipParams.safeParse(useParams());
  if (!params.success) return <PartnershipNotFound />;
  return <ManagePartnership partnershipId={params.data.partnershipId} />;
}
