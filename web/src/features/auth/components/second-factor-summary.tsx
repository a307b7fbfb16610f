import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSecondFactor } from '../api/get-second-factor.ts';
import styles from './second-factor.module.css';

/** On the account page: whether two-step sign-in is on, and the way to its page. */
export function SecondFactorSummary() {
  const { t } = useTranslation();
  const status = useSecondFactor();
  return (
    <section aria-labelledby="account-second-factor" className={`surface ${styles.panel}`}>
      <h2 id="account-second-factor">{t('secondFactor.title')}</h2>
      {status.data ? (
        <p>{status.data.enrolled ? t('secondFactor.account.on') : t('secondFactor.account.off')}</p>
      ) : null}
      <p>
        <Link to="/account/second-factor">
          {status.data?.enrolled ? t('secondFactor.account.change') : t('secondFactor.account.manage')}
        </Link>
      </p>
    </section>
  );
}
