import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ZGoodApproachParams } from '@koers/shared/good-approaches';
import { DocumentTitle } from '../../components/document-title.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { ApproachDetail } from '../../features/good-approaches/components/approach-detail.tsx';

export function ApproachNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('goodApproaches.detail.notFound.title')} />
      <EmptyState
        headingLevel={1}
        title={t('goodApproaches.detail.notFound.title')}
        action={
          <Link to="/good-approaches" className="button">
            {t('goodApproaches.detail.back')}
          </Link>
        }
      >
        <p>{t('goodApproaches.detail.notFound.text')}</p>
      </EmptyState>
    </>
  );
}

export function Component() {
  const user = useCurrentUser();
  const params = ZGoodApproachParams.safeParse(useParams());
  if (!params.success || !user) return <ApproachNotFound />;
  return <ApproachDetail id={params.data.goodApproachId} user={user} notFound={<ApproachNotFound />} />;
}
