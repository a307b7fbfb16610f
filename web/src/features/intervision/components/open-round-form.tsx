import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZIntervisionRoundCreate } from '@koers/shared/intervision';
import { THEME_NUMBERS } from '@koers/shared/themes';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useOpenRound } from '../api/open-round.ts';
import formStyles from '../../../components/form/form.module.css';
import styles from './intervision.module.css';

const EMPTY = { theme: '', title: '', invitation: '', signUpDeadline: '' };

/** A facilitator (critical friend or admin) opens a round on one theme. */
export function OpenRoundForm() {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const open = useOpenRound();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const set = (field: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZIntervisionRoundCreate.safeParse({ ...values, theme: Number(values.theme) || undefined });
    if (!parsed.success) {
      setErrors(fromZod(parsed.error));
      requestAnimationFrame(() => focusFirstInvalidField(formRef.current));
      return;
    }
    setErrors({});
    open.mutate(parsed.data, {
      onSuccess: () => setValues(EMPTY),
      onError: (error) => setErrors(fromApi(error)),
    });
  };

  return (
    <section aria-labelledby="open-round" className={`surface ${styles.card}`}>
      <h2 id="open-round">{t('intervision.openRound.title')}</h2>
      <p className={styles.muted}>{t('intervision.openRound.intro')}</p>
      <form ref={formRef} noValidate className={formStyles.form} onSubmit={onSubmit}>
        <div className={styles.formRow}>
          <SelectField
            label={t('intervision.openRound.theme')}
            required
            value={values.theme}
            onValueChange={set('theme')}
            error={errors.theme}
          >
            <option value="">{t('intervision.openRound.choose')}</option>
            {THEME_NUMBERS.map((n) => (
              <option key={n} value={String(n)}>
                {n}. {t(`themesShort.theme${n}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('intervision.openRound.deadline')}
            type="date"
            required
            value={values.signUpDeadline}
            onValueChange={set('signUpDeadline')}
            error={errors.signUpDeadline}
          />
        </div>
        <TextField
          label={t('intervision.openRound.roundTitle')}
          required
          maxLength={200}
          value={values.title}
          onValueChange={set('title')}
          error={errors.title}
        />
        <TextAreaField
          label={t('intervision.openRound.invitation')}
          hint={t('intervision.openRound.invitationHint')}
          rows={3}
          maxLength={2000}
          value={values.invitation}
          onValueChange={set('invitation')}
          error={errors.invitation}
        />
        <FormAlert error={open.error} />
        {open.isSuccess ? <Notice>{t('intervision.openRound.opened')}</Notice> : null}
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={open.isPending}>
            {t('intervision.openRound.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
