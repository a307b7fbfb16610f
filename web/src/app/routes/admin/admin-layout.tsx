import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet } from 'react-router';
import { can } from '@koers/shared/policy';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { useCurrentUser } from '../../../features/auth/api/get-session.ts';
import styles from './admin.module.css';

/** Everything admins manage, behind one check; the API checks every request again. */
export function Component() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const groupId = useId();

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

  const linkClass = ({ isActive }: { isActive: boolean }) => (isActive ? `${styles.tab} ${styles.active}` : styles.tab);
  const tab = (to: string, label: string) => (
    <li key={to}>
      <NavLink to={to} className={linkClass}>
        {label}
      </NavLink>
    </li>
  );
  // Two groups, each a row of its own on a wide screen: nine tabs in one row would wrap at an arbitrary place.
  return (
    <div className={styles.admin}>
      <nav aria-label={t('admin.navLabel')} className={styles.tabs}>
        <div className={styles.tabGroup}>
          <span id={`${groupId}-set-up`} className={styles.tabGroupLabel}>
            {t('admin.navGroups.setUp')}
          </span>
          <ul aria-labelledby={`${groupId}-set-up`}>
            {tab('/admin/organisations', t('admin.nav.organisations'))}
            {tab('/admin/partnerships', t('admin.nav.partnerships'))}
            {tab('/admin/people', t('admin.nav.people'))}
            {tab('/admin/import', t('setupImport.nav'))}
          </ul>
        </div>
        <div className={styles.tabGroup}>
          <span id={`${groupId}-running`} className={styles.tabGroupLabel}>
            {t('admin.navGroups.running')}
          </span>
          <ul aria-labelledby={`${groupId}-running`}>
            {tab('/admin/periods', t('admin.nav.periods'))}
            {tab('/admin/questionnaire', t('instrumentVersions.nav'))}
            {tab('/admin/flag-settings', t('admin.nav.flagSettings'))}
            {tab('/admin/queue', t('jobQueue.nav'))}
            {can(user?.access, 'audit:read') ? tab('/admin/audit-log', t('admin.nav.audit')) : null}
          </ul>
        </div>
      </nav>
      <Outlet />
    </div>
  );
}
