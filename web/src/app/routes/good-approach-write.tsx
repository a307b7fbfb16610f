import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ZGoodApproachParams } from '@koers/shared/good-approaches';
import { DocumentTitle } from '../../components/document-title.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { useGoodApproach } from '../../features/good-approaches/api/get-good-approach.ts';
import { ApproachForm } from '../../features/good-approaches/components/approach-form.tsx';
import { ApiRequestError } from '../../lib/api-client.ts';
import { ApproachNotFound } from './good-approach.tsx';

function EditApproach({ id }: { id: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const query = useGoodApproach(id);
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (query.error instanceof ApiRequestError && query.error.status === 404) return <ApproachNotFound />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!user || query.data.author.id !== user.id) return <ApproachNotFound />;
  return (
    <>
      <DocumentTitle page={t('goodApproaches.form.editTitle')} />
      <h1>{t('goodApproaches.form.editTitle')}</h1>
      <ApproachForm user={user} approach={query.data} />
    </>
  );
}

/** `/good-approaches/new`, and `/good-approaches/:goodApproachId/edit` for the author. */
export function Component() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const params = ZGoodApproachParams.safeParse(useParams());
  if (params.success) return <EditApproach id={params.data.goodApproachId} />;
  if (!user) return <ApproachNotFound />;
  return (
    <>
      <DocumentTitle page={t('goodApproaches.form.newTitle')} />
      <h1>{t('goodApproaches.form.newTitle')}</h1>
      <p className="lead">{t('goodApproaches.form.intro')}</p>
      <ApproachForm user={user} />
    </>
  );
}
