import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '@koers/shared/policy';
import { DocumentTitle } from '../../components/document-title.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { ApproachBrowser } from '../../features/good-approaches/components/approach-browser.tsx';

export function Component() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <>
      <DocumentTitle page={t('goodApproaches.title')} />
      <h1>{t('goodApproaches.title')}</h1>
      <p className="lead">{t('goodApproaches.intro')}</p>
      {user && can(user.access, 'good-approach:author') ? (
        <p>
          <Link to="/good-approaches/new" className="button">
            {t('goodApproaches.write')}
          </Link>
        </p>
      ) : null}
      {user && can(user.access, 'good-approach:read') ? (
        <ApproachBrowser user={user} />
      ) : (
        <EmptyState title={t('forbidden.title')} />
      )}
    </>
  );
}
