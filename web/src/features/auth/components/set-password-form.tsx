import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PASSWORD_MIN_LENGTH, ZOneTimeLinkUse, type TOneTimeLinkInfo } from '@koers/shared/auth';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useSetPassword } from '../api/set-password.ts';
import type { TLoginNotice } from './login-panel.tsx';
import styles from './auth.module.css';

type TSetPasswordFormProps = { token: string; link: TOneTimeLinkInfo };

export function SetPasswordForm({ token, link }: TSetPasswordFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { fromZod, fromApi } = useFormErrors();
  const setPassword = useSetPassword();
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPasswordValue] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZOneTimeLinkUse.safeParse({ password });
    const errors = parsed.success ? {} : fromZod(parsed.error);
    if (parsed.success && confirmation !== password) errors.confirmation = t('validation.passwordsDiffer');
    flushSync(() => setFieldErrors(errors));
    if (!parsed.success || errors.confirmation) return focusFirstInvalidField(formRef.current);
    setPassword.mutate(
      { token, password: parsed.data.password },
      {
        onSuccess: () => {
          const state: { notice: TLoginNotice } = { notice: 'passwordSet' };
          void navigate('/login', { replace: true, state });
        },
        onError: (error) => setFieldErrors(fromApi(error)),
      },
    );
  };

  return (
    <form ref={formRef} className={styles.form} noValidate onSubmit={onSubmit} aria-labelledby="link-title">
      <p className={styles.intro}>
        {link.purpose === 'invitation'
          ? t('auth.link.invitationIntro', { name: link.displayName })
          : t('auth.link.resetIntro', { name: link.displayName })}
      </p>
      <FormAlert error={setPassword.error} />
      <TextField
        label={t('auth.link.password')}
        hint={t('auth.link.passwordHint', { count: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={password}
        onValueChange={setPasswordValue}
        error={fieldErrors.password}
      />
      <TextField
        label={t('auth.link.confirmation')}
        type="password"
        autoComplete="new-password"
        value={confirmation}
        onValueChange={setConfirmation}
        error={fieldErrors.confirmation}
      />
      <div className={styles.formFooter}>
        <button type="submit" className={`button ${styles.submit}`} disabled={setPassword.isPending}>
          {link.purpose === 'invitation' ? t('auth.link.submitInvitation') : t('auth.link.submitReset')}
        </button>
      </div>
    </form>
  );
}
