import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZIntervisionSessionCreate, type TIntervisionGroup } from '@koers/shared/intervision';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { usePlanSession } from '../api/plan-session.ts';
import formStyles from '../../../components/form/form.module.css';
import styles from './intervision.module.css';

/** A group's sessions; its facilitator plans new ones (they appear in the members' calendar feeds). */
export function GroupSessions({ group, canPlan }: { group: TIntervisionGroup; canPlan: boolean }) {
  const { t } = useTranslation();
  const format = useFormatDate();
  return (
    <div className={styles.stack}>
      <h4>{t('intervision.group.sessions')}</h4>
      {group.sessions.length === 0 ? (
        <p className={styles.muted}>{t('intervision.group.noSessions')}</p>
      ) : (
        <ul className={styles.members}>
          {group.sessions.map((s) => (
            <li key={s.id}>
              {t('intervision.group.sessionAt', {
                start: format.dateTime(s.startsAt),
                // A session within one day names its day once.
                end: sameDay(s.startsAt, s.endsAt) ? format.time(s.endsAt) : format.dateTime(s.endsAt),
              })}
              {s.place ? ` · ${s.place}` : null}
            </li>
          ))}
        </ul>
      )}
      <p className={styles.muted}>{t('intervision.group.calendarHint')}</p>
      {canPlan ? <SessionForm groupId={group.id} /> : null}
    </div>
  );
}

const EMPTY = { date: '', starts: '', ends: '', place: '' };

const sameDay = (a: string, b: string) => new Date(a).toDateString() === new Date(b).toDateString();

function SessionForm({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const plan = usePlanSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const set = (field: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  // The times are the person's own (local) times; the API keeps instants.
  const instant = (time: string) =>
    values.date && time ? new Date(`${values.date}T${time}`).toISOString() : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZIntervisionSessionCreate.safeParse({
      startsAt: instant(values.starts),
      endsAt: instant(values.ends),
      place: values.place,
    });
    if (!parsed.success) {
      const found = fromZod(parsed.error);
      setErrors({
        date: found.startsAt ?? '',
        starts: found.startsAt ?? '',
        ends: found.endsAt ?? '',
        place: found.place ?? '',
      });
      requestAnimationFrame(() => focusFirstInvalidField(formRef.current));
      return;
    }
    setErrors({});
    plan.mutate(
      { groupId, session: parsed.data },
      { onSuccess: () => setValues(EMPTY), onError: (e) => setErrors(fromApi(e)) },
    );
  };

  return (
    <form
      ref={formRef}
      noValidate
      className={formStyles.form}
      onSubmit={onSubmit}
      aria-label={t('intervision.session.title')}
    >
      <div className={styles.formRow}>
        <TextField
          label={t('intervision.session.date')}
          type="date"
          required
          value={values.date}
          onValueChange={set('date')}
          error={errors.date || undefined}
        />
        <TextField
          label={t('intervision.session.starts')}
          type="time"
          required
          value={values.starts}
          onValueChange={set('starts')}
          error={errors.starts || undefined}
        />
        <TextField
          label={t('intervision.session.ends')}
          type="time"
          required
          value={values.ends}
          onValueChange={set('ends')}
          error={errors.ends || undefined}
        />
      </div>
      <TextField
        label={t('intervision.session.place')}
        maxLength={300}
        value={values.place}
        onValueChange={set('place')}
        error={errors.place || undefined}
      />
      <FormAlert error={plan.error} />
      {plan.isSuccess ? <Notice>{t('intervision.session.planned')}</Notice> : null}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={plan.isPending}>
          {t('intervision.session.submit')}
        </button>
      </div>
    </form>
  );
}
