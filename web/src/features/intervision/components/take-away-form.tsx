import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZIntervisionTakeAway } from '@koers/shared/intervision';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useCreateTakeAway } from '../api/create-take-away.ts';
import formStyles from '../../../components/form/form.module.css';
import styles from './intervision.module.css';

const EMPTY = { description: '', dueOn: '' };

/** A participant turns what they took away into an action of their own partnership. */
export function TakeAwayForm({ groupId, partnershipName }: { groupId: string; partnershipName: string }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const create = useCreateTakeAway();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const set = (field: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZIntervisionTakeAway.safeParse(values);
    if (!parsed.success) {
      setErrors(fromZod(parsed.error));
      requestAnimationFrame(() => focusFirstInvalidField(formRef.current));
      return;
    }
    setErrors({});
    create.mutate(
      { groupId, takeAway: parsed.data },
      { onSuccess: () => setValues(EMPTY), onError: (error) => setErrors(fromApi(error)) },
    );
  };

  return (
    <section aria-labelledby={`take-away-${groupId}`} className={styles.stack}>
      <h4 id={`take-away-${groupId}`}>{t('intervision.takeAway.title')}</h4>
      <p className={styles.muted}>{t('intervision.takeAway.intro')}</p>
      <form ref={formRef} noValidate className={formStyles.form} onSubmit={onSubmit}>
        <TextAreaField
          label={t('intervision.takeAway.description')}
          required
          rows={2}
          maxLength={1000}
          value={values.description}
          onValueChange={set('description')}
          error={errors.description}
        />
        <TextField
          label={t('intervision.takeAway.dueOn')}
          type="date"
          required
          value={values.dueOn}
          onValueChange={set('dueOn')}
          error={errors.dueOn}
        />
        <FormAlert error={create.error} />
        {create.isSuccess ? <Notice>{t('intervision.takeAway.added', { partnership: partnershipName })}</Notice> : null}
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={create.isPending}>
            {t('intervision.takeAway.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
