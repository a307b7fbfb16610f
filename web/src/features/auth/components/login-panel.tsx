import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/form/notice.tsx';
import { useProviderLogoutUrl, type TSessionEnd } from '../api/get-session.ts';
import { DemoAccounts } from './demo-accounts.tsx';
import { InstitutionSignIn } from './institution-sign-in.tsx';
import { LoginForm, type TCredentials } from './login-form.tsx';
import { loadAuthSchemas } from '../utils/auth-schemas.ts';
import { PasskeySignIn } from './passkey-sign-in.tsx';
import { PasswordResetRequestForm } from './password-reset-request-form.tsx';
import { SecondStepForm } from './second-step-form.tsx';
import styles from './auth.module.css';

/**
 * Why the person landed on the sign-in page: carried in the router's location state, or (for a sign-in
 * through the institution that did not complete) in the address the API sent the browser to.
 */
export type TLoginNotice =
  TSessionEnd | 'passwordSet' | 'institutionFailed' | 'institutionUnavailable' | 'institutionThrottled';

const INSTITUTION_NOTICES = {
  institutionFailed: 'signInMethods.notices.failed',
  institutionUnavailable: 'signInMethods.notices.unavailable',
  institutionThrottled: 'signInMethods.notices.throttled',
} as const;

export function LoginPanel({ notice }: { notice: TLoginNotice | undefined }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'login' | 'reset' | 'second-step'>('login');
  const [credentials, setCredentials] = useState<TCredentials>({ email: '', password: '' });
  const providerLogoutUrl = useProviderLogoutUrl();

  // After the page is drawn, not before it: the forms need the schemas only once someone submits.
  useEffect(() => {
    void loadAuthSchemas();
  }, []);

  return (
    <div className={styles.layout}>
      <section className={`surface ${styles.card}`} aria-labelledby="login-title">
        <h1 id="login-title" className={styles.title}>
          {mode === 'reset' ? t('auth.reset.title') : t('auth.login.title')}
        </h1>
        {mode === 'login' ? <p className={styles.intro}>{t('auth.login.intro')}</p> : null}
        {notice && mode === 'login' ? (
          <Notice>
            {notice === 'signedOut' && providerLogoutUrl ? (
              <p>
                {t('signInMethods.signedOut.provider')}{' '}
                <a href={providerLogoutUrl}>{t('signInMethods.signedOut.providerLink')}</a>
              </p>
            ) : notice === 'institutionFailed' ||
              notice === 'institutionUnavailable' ||
              notice === 'institutionThrottled' ? (
              <p>{t(INSTITUTION_NOTICES[notice])}</p>
            ) : (
              <p>{t(`auth.notices.${notice}`)}</p>
            )}
          </Notice>
        ) : null}
        {mode === 'login' ? <InstitutionSignIn /> : null}
        {mode === 'login' ? (
          <>
            <LoginForm
              credentials={credentials}
              onCredentialsChange={setCredentials}
              onForgotPassword={() => setMode('reset')}
              onSecondStep={() => setMode('second-step')}
            />
            <PasskeySignIn />
          </>
        ) : mode === 'second-step' ? (
          <SecondStepForm
            onRestart={() => {
              setCredentials({ ...credentials, password: '' });
              setMode('login');
            }}
          />
        ) : (
          <PasswordResetRequestForm
            email={credentials.email}
            onEmailChange={(email) => setCredentials({ ...credentials, email })}
            onBack={() => setMode('login')}
          />
        )}
      </section>
      {mode === 'login' ? <DemoAccounts onChoose={setCredentials} /> : null}
    </div>
  );
}
