import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZIntervisionSignUpInput, type TIntervisionRoundDetail } from '@koers/shared/intervision';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useSaveSignUp } from '../api/save-sign-up.ts';
import { useWithdrawSignUp } from '../api/withdraw-sign-up.ts';
import formStyles from '../../../components/form/form.module.css';
import styles from './intervision.module.css';

type TSignUpFormProps = {
  round: TIntervisionRoundDetail;
  /** The partnerships the programme manager manages: one of them signs up. */
  partnerships: readonly { id: string; name: string }[];
};

/** A programme manager signs up with their main dilemma, and changes or withdraws it before the deadline. */
export function SignUpForm({ round, partnerships }: TSignUpFormProps) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const save = useSaveSignUp();
  const withdraw = useWithdrawSignUp();
  const formRef = useRef<HTMLFormElement>(null);
  const mine = round.mySignUp;
  const [values, setValues] = useState({
    partnershipId: mine?.partnership.id ?? partnerships[0]?.id ?? '',
    dilemma: mine?.dilemma ?? '',
    case: mine?.case ?? '',
  });
  const [errors, setErrors] = useState<TFieldErrors>({});
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const closed = !round.signUpOpen;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    withdraw.reset();
    const parsed = ZIntervisionSignUpInput.safeParse({ ...values, case: values.case.trim() || null });
    if (!parsed.success) {
      setErrors(fromZod(parsed.error));
      requestAnimationFrame(() => focusFirstInvalidField(formRef.current));
      return;
    }
    setErrors({});
    save.mutate({ roundId: round.id, signUp: parsed.data }, { onError: (error) => setErrors(fromApi(error)) });
  };

  return (
    <section aria-labelledby="sign-up" className={`surface ${styles.card}`}>
      <h2 id="sign-up">{mine ? t('intervision.signUp.titleEdit') : t('intervision.signUp.title')}</h2>
      <p className={styles.muted}>{closed ? t('intervision.signUp.closed') : t('intervision.signUp.intro')}</p>
      <form ref={formRef} noValidate className={formStyles.form} onSubmit={onSubmit}>
        {partnerships.length > 1 ? (
          <SelectField
            label={t('intervision.signUp.partnership')}
            value={values.partnershipId}
            onValueChange={set('partnershipId')}
            error={errors.partnershipId}
            disabled={closed}
          >
            {partnerships.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextAreaField
          label={t('intervision.signUp.dilemma')}
          required
          rows={3}
          maxLength={2000}
          value={values.dilemma}
          onValueChange={set('dilemma')}
          error={errors.dilemma}
          readOnly={closed}
        />
        <TextAreaField
          label={t('intervision.signUp.case')}
          rows={4}
          maxLength={4000}
          value={values.case}
          onValueChange={set('case')}
          error={errors.case}
          readOnly={closed}
        />
        <FormAlert error={save.error ?? withdraw.error} />
        {save.isSuccess ? <Notice>{t('intervision.signUp.saved')}</Notice> : null}
        {withdraw.isSuccess ? <Notice>{t('intervision.signUp.withdrawn')}</Notice> : null}
        {closed ? null : (
          <div className={styles.actions}>
            <button type="submit" className="button" disabled={save.isPending}>
              {mine ? t('intervision.signUp.save') : t('intervision.signUp.submit')}
            </button>
            {mine ? (
              <button
                type="button"
                className="button button-secondary"
                disabled={withdraw.isPending}
                onClick={() => {
                  save.reset();
                  withdraw.mutate(round.id, { onSuccess: () => setValues((v) => ({ ...v, dilemma: '', case: '' })) });
                }}
              >
                {t('intervision.signUp.withdraw')}
              </button>
            ) : null}
          </div>
        )}
      </form>
    </section>
  );
}
