import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { RoleList } from '../../../components/role-list.tsx';
import { useCurrentUser } from '../api/get-session.ts';
import { useExportAccount } from '../api/export-account.ts';
import { useLogout } from '../api/logout.ts';
import { SecondFactorSummary } from './second-factor-summary.tsx';
import styles from './auth.module.css';

export function AccountOverview() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const exportAccount = useExportAccount();
  const logout = useLogout();
  if (!user) return null;

  return (
    <div className={styles.account}>
      <section aria-labelledby="account-details" className={`surface ${styles.panel}`}>
        <h2 id="account-details">{t('account.details')}</h2>
        <dl className={styles.facts}>
          <div>
            <dt>{t('account.name')}</dt>
            <dd>{user.displayName}</dd>
          </div>
          <div>
            <dt>{t('account.email')}</dt>
            <dd>{user.email}</dd>
          </div>
        </dl>
        <h3>{t('account.roles')}</h3>
        <RoleList roles={user.roles} />
      </section>
      <section aria-labelledby="account-data" className={`surface ${styles.panel}`}>
        <h2 id="account-data">{t('account.data.title')}</h2>
        <p>{t('account.data.text')}</p>
        <FormAlert error={exportAccount.error} />
        <div className={styles.formFooter}>
          <button
            type="button"
            className="button button-secondary"
            disabled={exportAccount.isPending}
            onClick={() => exportAccount.mutate()}
          >
            {exportAccount.isPending ? t('account.data.exporting') : t('account.data.export')}
          </button>
        </div>
        {exportAccount.isSuccess ? <p role="status">{t('account.data.exported')}</p> : null}
      </section>
      <section aria-labelledby="account-sign-out" className={`surface ${styles.panel}`}>
        <h2 id="account-sign-out">{t('account.signOut.title')}</h2>
        <p>{t('account.signOut.text')}</p>
        <button type="button" className="button" onClick={() => logout.mutate()}>
          {t('nav.signOut')}
        </button>
      </section>
      {/* The ways of signing in follow one another: two steps here, passkeys next on the page. */}
      <SecondFactorSummary />
    </div>
  );
}
