import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styles from './auth.module.css';

/** Where the institution's sign-in lands someone nobody invited: no account was made for them. */
export function NoAccessPanel() {
  const { t } = useTranslation();
  return (
    <div className={styles.layout}>
      <section className={`surface ${styles.card}`} aria-labelledby="no-access-title">
        <h1 id="no-access-title" className={styles.title}>
          {t('signInMethods.noAccess.title')}
        </h1>
        <p className={styles.lead}>{t('signInMethods.noAccess.lead')}</p>
        <p className={styles.intro}>{t('signInMethods.noAccess.explanation')}</p>
        <p>
          <Link to="/login">{t('signInMethods.noAccess.back')}</Link>
        </p>
      </section>
    </div>
  );
}
