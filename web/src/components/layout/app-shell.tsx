import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router';
import { LanguageSwitch } from '../language-switch.tsx';
import { BrandMark } from './brand-mark.tsx';
import styles from './app-shell.module.css';

const MAIN_CONTENT_ID = 'main-content';

export function AppShell() {
  const { t } = useTranslation();
  const navClass = ({ isActive }: { isActive: boolean }) =>
    isActive ? `${styles.navLink} ${styles.active}` : styles.navLink;

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
          <nav aria-label={t('nav.label')} className={styles.nav}>
            <ul className={styles.navList}>
              <li>
                <NavLink to="/" end className={navClass}>
                  {t('nav.partnerships')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/questionnaire" className={navClass}>
                  {t('nav.questionnaire')}
                </NavLink>
              </li>
            </ul>
          </nav>
          <div className={styles.tools}>
            <LanguageSwitch />
          </div>
        </div>
      </header>
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
