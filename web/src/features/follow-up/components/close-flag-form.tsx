import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useCloseFlag } from '../api/close-flag.ts';
import formStyles from '../../../components/form/form.module.css';
import styles from './follow-up.module.css';

/**
 * Whether a flag may close is the API's rule (its actions done, or a reason given): the form sends what
 * the person wrote and shows the API's answer beside the field.
 */
export function CloseFlagForm({ flagId }: { flagId: string }) {
  const { t } = useTranslation();
  const { fromApi } = useFormErrors();
  const close = useCloseFlag();
  const formRef = useRef<HTMLFormElement>(null);
  const [resolution, setResolution] = useState('');
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFieldErrors({});
    close.mutate(
      { flagId, resolution: resolution.trim() },
      {
        onError: (error) => {
          setFieldErrors(fromApi(error));
          requestAnimationFrame(() => focusFirstInvalidField(formRef.current));
        },
      },
    );
  };

  return (
    <section aria-labelledby="close-flag" className={`surface ${styles.card}`}>
      <h2 id="close-flag">{t('followUp.flag.close.title')}</h2>
      <p className={styles.muted}>{t('followUp.flag.close.intro')}</p>
      <form ref={formRef} noValidate className={formStyles.form} onSubmit={onSubmit}>
        <TextAreaField
          label={t('followUp.flag.close.resolution')}
          hint={t('followUp.flag.close.resolutionHint')}
          rows={3}
          maxLength={1000}
          value={resolution}
          onValueChange={setResolution}
          error={fieldErrors.resolution}
        />
        <FormAlert error={close.error} />
        <div>
          <button type="submit" className="button" disabled={close.isPending}>
            {t('followUp.flag.close.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
