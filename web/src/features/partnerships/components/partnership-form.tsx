import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { SCENARIOS, SECTORS, ZPartnershipCreate, type TPartnership } from '@koers/shared/partnerships';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useCreatePartnership } from '../api/create-partnership.ts';
import { useUpdatePartnership } from '../api/update-partnership.ts';
import styles from './partnership-admin.module.css';

type TValues = { name: string; region: string; sector: string; scenario: string };

type TPartnershipFormProps = {
  /** Absent: a new partnership. */
  partnership?: TPartnership;
  onCreated?: (partnership: TPartnership) => void;
};

/** Name, region, sector and scenario of a partnership: to create one, or to change one. */
export function PartnershipForm({ partnership, onCreated }: TPartnershipFormProps) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const create = useCreatePartnership();
  const update = useUpdatePartnership();
  const mutation = partnership ? update : create;
  const formRef = useRef<HTMLFormElement>(null);
  const initial: TValues = partnership
    ? { name: partnership.name, region: partnership.region, sector: partnership.sector, scenario: partnership.scenario }
    : { name: '', region: '', sector: '', scenario: '' };
  const [values, setValues] = useState<TValues>(initial);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [saved, setSaved] = useState(false);

  const onError = (error: unknown) => {
    flushSync(() => setFieldErrors(fromApi(error)));
    focusFirstInvalidField(formRef.current);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = ZPartnershipCreate.safeParse(values);
    flushSync(() => setFieldErrors(parsed.success ? {} : fromZod(parsed.error)));
    if (!parsed.success) return focusFirstInvalidField(formRef.current);
    const { name, region, sector, scenario } = parsed.data;
    if (partnership) {
      update.mutate(
        { partnershipId: partnership.id, changes: { name, region, sector, scenario } },
        { onSuccess: () => setSaved(true), onError },
      );
    } else {
      create.mutate(parsed.data, { onSuccess: (created) => onCreated?.(created), onError });
    }
  };

  const headingId = partnership ? 'partnership-edit' : 'partnership-create';
  return (
    <form ref={formRef} className={`surface ${styles.form}`} noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h2 id={headingId}>{partnership ? t('admin.partnerships.edit.title') : t('admin.partnerships.create.title')}</h2>
      {saved ? (
        <Notice>
          <p>{t('admin.partnerships.edit.done')}</p>
        </Notice>
      ) : null}
      <FormAlert error={mutation.error} />
      <div className={styles.fieldGrid}>
        <TextField
          label={t('admin.partnerships.fields.name')}
          value={values.name}
          maxLength={200}
          autoComplete="off"
          onValueChange={(name) => setValues({ ...values, name })}
          error={fieldErrors.name}
        />
        <TextField
          label={t('admin.partnerships.fields.region')}
          value={values.region}
          maxLength={100}
          autoComplete="off"
          onValueChange={(region) => setValues({ ...values, region })}
          error={fieldErrors.region}
        />
        <SelectField
          label={t('admin.partnerships.fields.sector')}
          value={values.sector}
          onValueChange={(sector) => setValues({ ...values, sector })}
          error={fieldErrors.sector}
        >
          <option value="">{t('admin.chooseOne')}</option>
          {SECTORS.map((sector) => (
            <option key={sector} value={sector}>
              {t(`sectors.${sector}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('admin.partnerships.fields.scenario')}
          value={values.scenario}
          onValueChange={(scenario) => setValues({ ...values, scenario })}
          error={fieldErrors.scenario}
        >
          <option value="">{t('admin.chooseOne')}</option>
          {SCENARIOS.map((scenario) => (
            <option key={scenario} value={scenario}>
              {t(`scenarios.${scenario}.label`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div>
        <button type="submit" className="button" disabled={mutation.isPending}>
          {partnership ? t('admin.save') : t('admin.partnerships.create.submit')}
        </button>
      </div>
    </form>
  );
}
