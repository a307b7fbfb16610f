import { useTranslation } from 'react-i18next';
import { useOidcProviders } from '../api/get-oidc-providers.ts';
import styles from './auth.module.css';

/**
 * One button per configured provider. A plain link, not a fetch: signing in continues at the provider's
 * own pages, and comes back through Koers's callback, which sets the session.
 */
export function InstitutionSignIn() {
  const { t } = useTranslation();
  const providers = useOidcProviders().data?.items ?? [];
  if (providers.length === 0) return null;

  return (
    <section aria-labelledby="institution-sign-in-title" className={styles.institution}>
      <h2 id="institution-sign-in-title" className="visually-hidden">
        {t('signInMethods.institution.title')}
      </h2>
      <ul className={styles.institutionList}>
        {providers.map((provider) => (
          <li key={provider.name}>
            <a className={`button ${styles.institutionButton}`} href={`/api/auth/oidc/${provider.name}`}>
              {t('signInMethods.institution.signInWith', { label: provider.label })}
            </a>
          </li>
        ))}
      </ul>
      <p className={styles.institutionOr}>{t('signInMethods.institution.orPassword')}</p>
    </section>
  );
}
