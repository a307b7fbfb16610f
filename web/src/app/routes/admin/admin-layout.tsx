import { useTranslation } from 'react-i18next';
import { Navigate, Outlet } from 'react-router';
import { can } from '@koers/shared/policy';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { SectionTabs } from '../../../components/section-tabs.tsx';
import { useCurrentUser } from '../../../features/auth/api/get-session.ts';
import styles from './admin.module.css';

/** Everything admins manage, behind one check; the API checks every request again. */
export function Component() {
  const { t } = useTranslation();
  const user = useCurrentUser();

  // An admin who signed in with a password sets up the second step first; that page says why.
  if (user?.secondFactorRequired) return <Navigate to="/account/second-factor" replace />;
  if (!can(user?.access, 'platform:manage')) {
    return (
      <>
        <DocumentTitle page={t('forbidden.title')} />
        <EmptyState headingLevel={1} title={t('forbidden.title')}>
          <p>{t('forbidden.text')}</p>
        </EmptyState>
      </>
    );
  }

  return (
    <div className={styles.admin}>
      <SectionTabs
        label={t('admin.navLabel')}
        groups={[
          {
            label: t('admin.navGroups.setUp'),
            tabs: [
              { to: '/admin/organisations', label: t('admin.nav.organisations') },
              { to: '/admin/partnerships', label: t('admin.nav.partnerships') },
              { to: '/admin/people', label: t('admin.nav.people') },
              { to: '/admin/import', label: t('setupImport.nav') },
            ],
          },
          {
            label: t('admin.navGroups.running'),
            tabs: [
              { to: '/admin/periods', label: t('admin.nav.periods') },
              { to: '/admin/questionnaire', label: t('instrumentVersions.nav') },
              { to: '/admin/flag-settings', label: t('admin.nav.flagSettings') },
              { to: '/admin/queue', label: t('jobQueue.nav') },
              ...(can(user?.access, 'audit:read') ? [{ to: '/admin/audit-log', label: t('admin.nav.audit') }] : []),
            ],
          },
        ]}
      />
      <Outlet />
    </div>
  );
}
