import { useTranslation } from 'react-i18next';
import { ROLES } from '@koers/shared/role-names';
import { useAppMeta } from '../api/get-app-meta.ts';
import type { TCredentials } from './login-form.tsx';
import styles from './auth.module.css';

/** Only while demo data is switched on: one account per role, to try Koers with. */
export function DemoAccounts({ onChoose }: { onChoose: (credentials: TCredentials) => void }) {
  const { t } = useTranslation();
  const meta = useAppMeta();
  const accounts = meta.data?.demoAccounts ?? [];
  const password = meta.data?.demoPassword;
  if (accounts.length === 0 || !password) return null;

  return (
    <section aria-labelledby="demo-accounts-title" className={styles.demo}>
      <h2 id="demo-accounts-title" className={styles.demoTitle}>
        {t('auth.demo.title')}
      </h2>
      <p className={styles.demoIntro}>{t('auth.demo.intro', { password })}</p>
      <ul className={styles.demoList}>
        {accounts.map((account) => {
          const role = ROLES.find((known) => known === account.role);
          return (
            <li key={account.email}>
              <button
                type="button"
                className={styles.demoAccount}
                onClick={() => onChoose({ email: account.email, password })}
              >
                <span className={styles.demoRole}>{role ? t(`roles.${role}`) : account.role}</span>
                <span className={styles.demoEmail}>{account.email}</span>
                <span className="visually-hidden">{t('auth.demo.fillIn')}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
