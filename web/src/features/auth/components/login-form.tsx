import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form/text-field.tsx';
import { useErrorMessage } from '../../../i18n/use-error-message.ts';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useLogin } from '../api/login.ts';
import { loadAuthSchemas } from '../utils/auth-schemas.ts';
import styles from './auth.module.css';

export type TCredentials = { email: string; password: string };

type TLoginFormProps = {
  credentials: TCredentials;
  onCredentialsChange: (credentials: TCredentials) => void;
  onForgotPassword: () => void;
  /** The password was right and the person has a second factor: its code comes next. */
  onSecondStep: () => void;
};

export function LoginForm({ credentials, onCredentialsChange, onForgotPassword, onSecondStep }: TLoginFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { fromZod } = useFormErrors();
  const login = useLogin();
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  const signIn = async () => {
    const schemas = await loadAuthSchemas();
    const parsed = schemas?.ZLoginBody.safeParse(credentials);
    if (parsed) {
      flushSync(() => setFieldErrors(parsed.success ? {} : fromZod(parsed.error)));
      if (!parsed.success) return focusFirstInvalidField(formRef.current);
    }
    login.mutate(parsed?.data ?? credentials, {
      onSuccess: (answer) => {
        if (!('user' in answer)) onSecondStep();
      },
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void signIn();
  };

  const failure = (() => {
    const error = login.error;
    if (!error) return undefined;
    if (error instanceof ApiRequestError && error.status === 401) return t('auth.login.wrongCredentials');
    if (error instanceof ApiRequestError && error.status === 429) {
      return error.retryAfterSeconds === undefined
        ? t('auth.login.throttled')
        : t('auth.login.throttledWait', { count: error.retryAfterSeconds });
    }
    return errorMessage(error);
  })();

  return (
    <form ref={formRef} className={styles.form} noValidate onSubmit={onSubmit} aria-labelledby="login-title">
      {failure ? (
        <p role="alert" className={styles.alert}>
          {failure}
        </p>
      ) : null}
      <TextField
        label={t('auth.login.email')}
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        value={credentials.email}
        onValueChange={(email) => onCredentialsChange({ ...credentials, email })}
        error={fieldErrors.email}
      />
      <TextField
        label={t('auth.login.password')}
        type="password"
        autoComplete="current-password"
        value={credentials.password}
        onValueChange={(password) => onCredentialsChange({ ...credentials, password })}
        error={fieldErrors.password}
      />
      <div className={styles.formFooter}>
        <button type="submit" className={`button ${styles.submit}`} disabled={login.isPending}>
          {login.isPending ? t('auth.login.submitting') : t('auth.login.submit')}
        </button>
        <button type="button" className={styles.linkButton} onClick={onForgotPassword}>
          {t('auth.login.forgotPassword')}
        </button>
      </div>
    </form>
  );
}
