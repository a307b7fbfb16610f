import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form/text-field.tsx';
import { useErrorMessage } from '../../../i18n/use-error-message.ts';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useCompleteSecondStep } from '../api/complete-second-step.ts';
import styles from './auth.module.css';

/** Which code the person typed: from the app, a recovery code, or either. */
export type TCodeKind = 'app' | 'recovery' | 'either';

const WRONG = {
  app: 'secondFactor.wrongCode',
  recovery: 'secondFactor.wrongRecoveryCode',
  either: 'secondFactor.wrongEitherCode',
} as const;

/** Why a code was refused, in the person's words: wrong or used, too many tries, or something else. */
export function useCodeFailure(error: Error | null, kind: TCodeKind): string | undefined {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (!error) return undefined;
  if (error instanceof ApiRequestError && (error.status === 401 || error.apiError?.code === 'VALIDATION_FAILED'))
    return t(WRONG[kind]);
  if (error instanceof ApiRequestError && error.status === 429)
    return t('secondFactor.throttled', { count: error.retryAfterSeconds ?? 60 });
  return errorMessage(error);
}

/** The second step of a password sign-in: the code from the app, or (behind a link) a recovery code. */
export function SecondStepForm({ onRestart }: { onRestart: () => void }) {
  const { t } = useTranslation();
  const complete = useCompleteSecondStep();
  const [kind, setKind] = useState<'app' | 'recovery'>('app');
  const [code, setCode] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const failure = useCodeFailure(complete.error, kind);

  // The password form is gone: the code field takes the focus, and again when the kind of code changes.
  useEffect(() => {
    formRef.current?.querySelector('input')?.focus();
  }, [kind]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim()) complete.mutate({ code: code.trim() });
  };

  const switchKind = () => {
    setKind(kind === 'app' ? 'recovery' : 'app');
    setCode('');
    complete.reset();
  };

  return (
    <form ref={formRef} className={styles.form} noValidate onSubmit={onSubmit} aria-labelledby="login-title">
      <p className={styles.intro}>
        {kind === 'app' ? t('secondFactor.signIn.intro') : t('secondFactor.signIn.recoveryIntro')}
      </p>
      {failure ? (
        <p role="alert" className={styles.alert}>
          {failure}
        </p>
      ) : null}
      {kind === 'app' ? (
        <TextField
          key="app"
          label={t('secondFactor.signIn.code')}
          autoComplete="one-time-code"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={6}
          spellCheck={false}
          value={code}
          onValueChange={setCode}
        />
      ) : (
        <TextField
          key="recovery"
          label={t('secondFactor.signIn.recoveryCode')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={code}
          onValueChange={setCode}
        />
      )}
      <div className={styles.formFooter}>
        <button type="submit" className={`button ${styles.submit}`} disabled={complete.isPending}>
          {complete.isPending ? t('auth.login.submitting') : t('auth.login.submit')}
        </button>
        <button type="button" className={styles.linkButton} onClick={switchKind}>
          {kind === 'app' ? t('secondFactor.signIn.useRecovery') : t('secondFactor.signIn.useApp')}
        </button>
      </div>
      <button type="button" className={styles.linkButton} onClick={onRestart}>
        {t('secondFactor.signIn.restart')}
      </button>
    </form>
  );
}
