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
  return (
    <div className={styles.admin}>
      <nav aria-label={t('admin.navLabel')} className={styles.tabs}>
        <ul>
          <li>
            <NavLink to="/admin/organisations" className={linkClass}>
              {t('admin.nav.organisations')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/partnerships" className={linkClass}>
              {t('admin.nav.partnerships')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/people" className={linkClass}>
              {t('admin.nav.people')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/import" className={linkClass}>
              {t('setupImport.nav')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/periods" className={linkClass}>
              {t('admin.nav.periods')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/questionnaire" className={linkClass}>
              {t('instrumentVersions.nav')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/flag-settings" className={linkClass}>
              {t('admin.nav.flagSettings')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/queue" className={linkClass}>
              {t('jobQueue.nav')}
            </NavLink>
          </li>
          {can(user?.access, 'audit:read') ? (
            <li>
              <NavLink to="/admin/audit-log" className={linkClass}>
                {t('admin.nav.audit')}
              </NavLink>
            </li>
          ) : null}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
