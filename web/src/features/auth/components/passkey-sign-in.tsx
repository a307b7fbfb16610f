import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../i18n/use-error-message.ts';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useSignInWithPasskey } from '../api/sign-in-with-passkey.ts';
import styles from './auth.module.css';

/** "Inloggen met een passkey": shown where the browser can use passkeys at all. */
export function PasskeySignIn() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const signIn = useSignInWithPasskey();
  if (typeof window.PublicKeyCredential !== 'function') return null;

  const failure = (() => {
    const error = signIn.error;
    if (!error) return undefined;
    if (error instanceof ApiRequestError)
      return error.status === 401 ? t('passkeys.signIn.refused') : errorMessage(error);
    // The browser's own dialog was closed, timed out, or found no passkey for Koers on this device.
    return t('passkeys.signIn.cancelled');
  })();

  return (
    <div className={styles.passkeySignIn}>
      <p className={styles.divider}>
        <span>{t('passkeys.signIn.or')}</span>
      </p>
      {failure ? (
        <p role="alert" className={styles.alert}>
          {failure}
        </p>
      ) : null}
      <button
        type="button"
        className="button button-secondary"
        disabled={signIn.isPending}
        onClick={() => signIn.mutate()}
      >
        {signIn.isPending ? t('passkeys.signIn.waiting') : t('passkeys.signIn.button')}
      </button>
      <p className={styles.passkeyHint}>{t('passkeys.signIn.hint')}</p>
    </div>
  );
}
