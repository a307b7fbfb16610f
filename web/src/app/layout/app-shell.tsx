import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { can } from '@koers/shared/policy';
import { BrandMark } from '../../components/brand-mark.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useRecordLanguage } from '../../features/auth/api/record-language.ts';
import { useSession } from '../../features/auth/api/get-session.ts';
import { UserMenu } from '../../features/auth/components/user-menu.tsx';
import { InboxBell } from '../../features/notices/components/inbox-bell.tsx';
import { CurrentQuarter } from './current-quarter.tsx';
import { learningNetworkTabs } from './learning-network.tsx';
import styles from './app-shell.module.css';

const MAIN_CONTENT_ID = 'main-content';

export function AppShell() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data?.user ?? null;
  useRecordLanguage(user?.id);
  const { pathname } = useLocation();
  const learningNetwork = learningNetworkTabs(user?.access, t);
  const inLearningNetwork = learningNetwork.some(({ to }) => pathname === to || pathname.startsWith(`${to}/`));
  const navClass = ({ isActive }: { isActive: boolean }) =>
    isActive ? `${styles.navLink} ${styles.active}` : styles.navLink;

  // Every page waits for the session anyway; drawing the shell only once it is known draws it once, in
  // its final shape, instead of growing the menu and the period bar afterwards and shifting the page.
  if (session.isPending) return <LoadingState />;

  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href={`#${MAIN_CONTENT_ID}`}>
        {t('app.skipToContent')}
      </a>
      <header className={styles.header}>
        <div className={styles.headerInner}>
          <Link to="/" className={styles.brand}>
            <BrandMark className={styles.brandMark} />
            <span className={styles.brandText}>
              <span className={styles.brandName}>{t('app.name')}</span>
              <span className={styles.tagline}>{t('app.tagline')}</span>
            </span>
          </Link>
          <div className={styles.tools}>
            <LanguageSwitch />
            {user ? <InboxBell /> : null}
            {user ? <UserMenu user={user} /> : null}
          </div>
          {user ? (
            <nav aria-label={t('nav.label')} className={styles.nav}>
              <ul className={styles.navList}>
                <li>
                  <NavLink to="/" end className={navClass}>
                    {t('nav.partnerships')}
                  </NavLink>
                </li>
                {can(user.access, 'board-overview:read') ? (
                  <li>
                    <NavLink to="/board" className={navClass}>
                      {t('nav.board')}
                    </NavLink>
                  </li>
                ) : null}
                {can(user.access, 'review-queue:read') ? (
                  <li>
                    <NavLink to="/review-queue" className={navClass}>
                      {t('followUp.queue.title')}
                    </NavLink>
                  </li>
                ) : null}
                {learningNetwork[0] ? (
                  <li>
                    <Link
                      to={learningNetwork[0].to}
                      className={navClass({ isActive: inLearningNetwork })}
                      aria-current={inLearningNetwork ? 'true' : undefined}
                    >
                      {t('nav.learningNetwork')}
                    </Link>
                  </li>
                ) : null}
                <li>
                  <NavLink to="/questionnaire" className={navClass}>
                    {t('nav.questionnaire')}
                  </NavLink>
                </li>
                {/* An admin still without a second factor sees Beheer too: it leads to setting one up. */}
                {can(user.access, 'platform:manage') || user.secondFactorRequired ? (
                  <li>
                    <NavLink to="/admin" className={navClass}>
                      {t('nav.admin')}
                    </NavLink>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </div>
      </header>
      {user ? (
        <div className={styles.periodBar}>
          <div className={styles.periodInner}>
            <CurrentQuarter />
          </div>
        </div>
      ) : null}
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
        <Outlet />
      </main>
      <footer className={styles.footer}>
        <p className={styles.footerInner}>{t('app.footer')}</p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
