import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_REMINDER_DAYS,
  quarterDates,
  ZPeriodCode,
  ZPeriodCreate,
  ZPeriodUpdate,
  type TPeriod,
} from '@koers/shared/periods';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useCreatePeriod } from '../api/create-period.ts';
import { usePeriods } from '../api/get-periods.ts';
import { useUpdatePeriod } from '../api/update-period.ts';
import styles from './periods.module.css';
import { formatReminderDays, parseReminderDays } from './reminder-days.ts';

/** The quarter after the newest one, or this quarter when there are none yet. */
function nextQuarter(periods: readonly TPeriod[]): string {
  const newest = [...periods].sort((a, b) => b.code.localeCompare(a.code))[0];
  if (!newest) {
    const now = new Date();
    return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
  }
  const [year, quarter] = [Number(newest.code.slice(0, 4)), Number(newest.code.slice(6))];
  return quarter === 4 ? `${year + 1}-Q1` : `${year}-Q${quarter + 1}`;
}

export function PeriodsAdmin() {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const query = usePeriods();
  const [editing, setEditing] = useState<string>();
  const [created, setCreated] = useState<string>();

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const periods = query.data;

  return (
    <div className={styles.admin}>
      {/* A fresh form, with the quarter after the new one suggested, once a quarter has been opened. */}
      <CreatePeriodForm
        key={nextQuarter(periods)}
        suggested={nextQuarter(periods)}
        created={created}
        onCreated={setCreated}
      />
      <section aria-labelledby="periods-list">
        <h2 id="periods-list">{t('admin.periods.listTitle')}</h2>
        {periods.length === 0 ? (
          <p>{t('admin.periods.empty')}</p>
        ) : (
          <div className="table-wrapper">
            <table className="data-table">
              <caption className="visually-hidden">{t('admin.periods.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.periods.code')}</th>
                  <th scope="col">{t('admin.periods.opensOn')}</th>
                  <th scope="col">{t('admin.periods.dueOn')}</th>
                  <th scope="col">{t('admin.periods.reminders')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('admin.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {periods.map((period) =>
                  editing === period.id ? (
                    <tr key={period.id}>
                      <td colSpan={5}>
                        <EditPeriodForm period={period} onDone={() => setEditing(undefined)} />
                      </td>
                    </tr>
                  ) : (
                    <tr key={period.id}>
                      <th scope="row">
                        {period.code}
                        {period.current ? <span className={styles.badge}>{t('admin.periods.current')}</span> : null}
                      </th>
                      <td data-label={t('admin.periods.opensOn')}>{date(period.opensOn)}</td>
                      <td data-label={t('admin.periods.dueOn')}>{date(period.dueOn)}</td>
                      <td data-label={t('admin.periods.reminders')}>
                        {period.reminderDays.length === 0
                          ? t('admin.periods.noReminders')
                          : t('admin.periods.reminderMoments', { days: formatReminderDays(period.reminderDays) })}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          onClick={() => setEditing(period.id)}
                        >
                          {t('admin.periods.edit')}
                          <span className="visually-hidden">: {period.code}</span>
                        </button>
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

type TCreatePeriodFormProps = {
  suggested: string;
  /** The quarter opened last, announced above the form. */
  created: string | undefined;
  onCreated: (code: string | undefined) => void;
};

function CreatePeriodForm({ suggested, created, onCreated }: TCreatePeriodFormProps) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const create = useCreatePeriod();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() => ({ code: suggested, ...quarterDates(suggested) }));
  const [reminders, setReminders] = useState(formatReminderDays(DEFAULT_REMINDER_DAYS));
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  // The dates follow the code until someone sets them: the quarter's first day, due three weeks after it.
  const onCode = (code: string) =>
    setValues(ZPeriodCode.safeParse(code).success ? { code, ...quarterDates(code) } : { ...values, code });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onCreated(undefined);
    const reminderDays = parseReminderDays(reminders);
    const errors: TFieldErrors = reminderDays ? {} : { reminderDays: t('admin.periods.remindersInvalid') };
    const parsed = ZPeriodCreate.safeParse({ ...values, reminderDays });
    flushSync(() => setFieldErrors(parsed.success ? errors : { ...fromZod(parsed.error), ...errors }));
    if (!parsed.success || !reminderDays) return focusFirstInvalidField(formRef.current);
    create.mutate(parsed.data, {
      onSuccess: (period) => onCreated(period.code),
      onError: (error) => {
        flushSync(() => setFieldErrors(fromApi(error)));
        focusFirstInvalidField(formRef.current);
      },
    });
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="create-period"
      className={`surface ${styles.form}`}
    >
      <h2 id="create-period">{t('admin.periods.create.title')}</h2>
      <p className={styles.muted}>{t('admin.periods.create.intro')}</p>
      {created ? (
        <Notice>
          <p>{t('admin.periods.create.done', { code: created })}</p>
        </Notice>
      ) : null}
      <FormAlert error={create.error} />
      <div className={styles.fields}>
        <TextField
          label={t('admin.periods.code')}
          hint={t('admin.periods.codeHint')}
          value={values.code}
          maxLength={7}
          autoComplete="off"
          onValueChange={onCode}
          error={fieldErrors.code}
        />
        <TextField
          type="date"
          label={t('admin.periods.opensOn')}
          value={values.opensOn}
          onValueChange={(opensOn) => setValues({ ...values, opensOn })}
          error={fieldErrors.opensOn}
        />
        <TextField
          type="date"
          label={t('admin.periods.dueOn')}
          value={values.dueOn}
          onValueChange={(dueOn) => setValues({ ...values, dueOn })}
          error={fieldErrors.dueOn}
        />
        <TextField
          label={t('admin.periods.reminders')}
          hint={t('admin.periods.remindersHint')}
          value={reminders}
          inputMode="numeric"
          autoComplete="off"
          onValueChange={setReminders}
          error={fieldErrors.reminderDays}
        />
      </div>
      <div>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('admin.periods.create.submit')}
        </button>
      </div>
    </form>
  );
}

function EditPeriodForm({ period, onDone }: { period: TPeriod; onDone: () => void }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const update = useUpdatePeriod();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ opensOn: period.opensOn, dueOn: period.dueOn });
  const [reminders, setReminders] = useState(formatReminderDays(period.reminderDays));
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const reminderDays = parseReminderDays(reminders);
    const errors: TFieldErrors = {
      ...(values.dueOn < values.opensOn ? { dueOn: t('admin.periods.dueBeforeOpen') } : {}),
      ...(reminderDays ? {} : { reminderDays: t('admin.periods.remindersInvalid') }),
    };
    const parsed = ZPeriodUpdate.safeParse({ ...values, reminderDays });
    flushSync(() => setFieldErrors(parsed.success ? errors : { ...fromZod(parsed.error), ...errors }));
    if (!parsed.success || Object.keys(errors).length > 0) return focusFirstInvalidField(formRef.current);
    update.mutate(
      { periodId: period.id, changes: parsed.data },
      { onSuccess: onDone, onError: (error) => setFieldErrors(fromApi(error)) },
    );
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className={styles.edit} aria-label={period.code}>
      <strong className={styles.editCode}>{period.code}</strong>
      <TextField
        type="date"
        label={t('admin.periods.opensOn')}
        value={values.opensOn}
        onValueChange={(opensOn) => setValues({ ...values, opensOn })}
        error={fieldErrors.opensOn}
      />
      <TextField
        type="date"
        label={t('admin.periods.dueOn')}
        value={values.dueOn}
        onValueChange={(dueOn) => setValues({ ...values, dueOn })}
        error={fieldErrors.dueOn}
      />
      <TextField
        label={t('admin.periods.reminders')}
        hint={t('admin.periods.remindersHint')}
        value={reminders}
        inputMode="numeric"
        autoComplete="off"
        onValueChange={setReminders}
        error={fieldErrors.reminderDays}
      />
      <FormAlert error={update.error} />
      <div className={styles.editActions}>
        <button type="submit" className="button button-small" disabled={update.isPending}>
          {t('admin.save')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onDone}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
