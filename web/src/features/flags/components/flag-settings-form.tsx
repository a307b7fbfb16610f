import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FLAG_THRESHOLDS, ZFlagThresholds, type TFlagThresholds } from '@koers/shared/flags';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useFlagSettings } from '../api/get-flag-settings.ts';
import { useUpdateFlagSettings } from '../api/update-flag-settings.ts';
import formStyles from '../../../components/form/form.module.css';
import styles from './flag-settings.module.css';

type TField = { name: keyof TFlagThresholds; step: string; min: number; max: number };

const FIELDS: readonly TField[] = [
  { name: 'weakHigh', step: '0.1', min: 0, max: 4 },
  { name: 'weakAttention', step: '0.1', min: 0, max: 4 },
  { name: 'declineDrop', step: '0.1', min: 0, max: 4 },
  { name: 'declineStreak', step: '1', min: 2, max: 12 },
  { name: 'foundationGap', step: '0.1', min: 0, max: 4 },
  { name: 'divergence', step: '0.1', min: 0, max: 4 },
  { name: 'lowCoverage', step: '0.05', min: 0, max: 1 },
];

type TValues = Record<keyof TFlagThresholds, string>;

const asValues = (thresholds: TFlagThresholds): TValues =>
  Object.fromEntries(Object.entries(thresholds).map(([name, value]) => [name, String(value)])) as TValues;

export function FlagSettingsForm() {
  const query = useFlagSettings();
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <ThresholdsForm saved={query.data} />;
}

/** The thresholds of the flag rules, validated with the same schema the API applies. */
function ThresholdsForm({ saved }: { saved: TFlagThresholds }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const update = useUpdateFlagSettings();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<TValues>(() => asValues(saved));
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [done, setDone] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    // An empty field must fail as empty, not pass as 0.
    const numbers = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        value.trim() === '' ? undefined : Number(value.replace(',', '.')),
      ]),
    );
    const parsed = ZFlagThresholds.safeParse(numbers);
    if (!parsed.success) {
      setFieldErrors(fromZod(parsed.error));
      requestAnimationFrame(() => focusFirstInvalidField(formRef.current));
      return;
    }
    setFieldErrors({});
    update.mutate(parsed.data, {
      onSuccess: (next) => {
        setValues(asValues(next));
        setDone(true);
      },
      onError: (error) => setFieldErrors(fromApi(error)),
    });
  };

  return (
    <form ref={formRef} noValidate className={`surface ${formStyles.form} ${styles.form}`} onSubmit={onSubmit}>
      <p className={styles.tone}>{t('admin.flagSettings.tone')}</p>
      <div className={styles.fields}>
        {FIELDS.map((field) => (
          <TextField
            key={field.name}
            label={t(`admin.flagSettings.fields.${field.name}.label`)}
            hint={t(`admin.flagSettings.fields.${field.name}.hint`, { value: DEFAULT_FLAG_THRESHOLDS[field.name] })}
            type="number"
            inputMode="decimal"
            step={field.step}
            min={field.min}
            max={field.max}
            required
            value={values[field.name]}
            onValueChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
            error={fieldErrors[field.name]}
          />
        ))}
      </div>
      <FormAlert error={update.error} />
      {done ? <Notice>{t('admin.flagSettings.saved')}</Notice> : null}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={update.isPending}>
          {t('admin.flagSettings.save')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setValues(asValues(DEFAULT_FLAG_THRESHOLDS));
            setFieldErrors({});
          }}
        >
          {t('admin.flagSettings.defaults')}
        </button>
      </div>
    </form>
  );
}
