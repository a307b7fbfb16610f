import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useRequestPasswordReset } from '../api/request-password-reset.ts';
import { loadAuthSchemas } from '../utils/auth-schemas.ts';
import styles from './auth.module.css';

type TPasswordResetRequestFormProps = {
  email: string;
  onEmailChange: (email: string) => void;
  onBack: () => void;
};

/** Asks for a one-time link; the answer is the same whether or not the address has an account. */
export function PasswordResetRequestForm({ email, onEmailChange, onBack }: TPasswordResetRequestFormProps) {
  const { t } = useTranslation();
  const { fromZod } = useFormErrors();
  const request = useRequestPasswordReset();
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  const requestLink = async () => {
    const schemas = await loadAuthSchemas();
    if (!schemas) return request.mutate(email);
    const parsed = schemas.ZPasswordResetRequest.safeParse({ email });
    flushSync(() => setFieldErrors(parsed.success ? {} : fromZod(parsed.error)));
    if (!parsed.success) return focusFirstInvalidField(formRef.current);
    request.mutate(parsed.data.email);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void requestLink();
  };

  return (
    <form ref={formRef} className={styles.form} noValidate onSubmit={onSubmit} aria-labelledby="login-title">
      <p className={styles.intro}>{t('auth.reset.intro')}</p>
      {request.isSuccess ? (
        <Notice>
          <p>{t('auth.reset.sent')}</p>
        </Notice>
      ) : null}
      <FormAlert error={request.error} />
      <TextField
        label={t('auth.login.email')}
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        value={email}
        onValueChange={onEmailChange}
        error={fieldErrors.email}
      />
      <div className={styles.formFooter}>
        <button type="submit" className={`button ${styles.submit}`} disabled={request.isPending}>
          {t('auth.reset.submit')}
        </button>
        <button type="button" className={styles.linkButton} onClick={onBack}>
          {t('auth.reset.back')}
        </button>
      </div>
    </form>
  );
}
