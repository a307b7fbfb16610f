import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZTimelineNoteCreate } from '@koers/shared/dashboards';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useAddTimelineNote } from '../api/add-timeline-note.ts';
import formStyles from '../../../components/form/form.module.css';
import styles from './dashboard.module.css';

/** Today as a calendar date in the person's own time zone, which is what "today" means to them. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A dated note gives the trend its story: "new coordinator started", "merger of two boards". */
export function TimelineNoteForm({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const add = useAddTimelineNote();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ notedOn: today(), text: '' });
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [added, setAdded] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    const parsed = ZTimelineNoteCreate.safeParse(values);
    if (!parsed.success) {
      setFieldErrors(fromZod(parsed.error));
      requestAnimationFrame(() => focusFirstInvalidField(formRef.current));
      return;
    }
    setFieldErrors({});
    add.mutate(
      { partnershipId, ...parsed.data },
      {
        onSuccess: () => {
          setValues({ notedOn: today(), text: '' });
          setAdded(true);
        },
        onError: (error) => setFieldErrors(fromApi(error)),
      },
    );
  };

  return (
    <section aria-labelledby="add-note" className={`surface ${styles.card}`}>
      <h2 id="add-note">{t('dashboard.notes.addTitle')}</h2>
      <p className={styles.muted}>{t('dashboard.notes.addIntro')}</p>
      <form ref={formRef} noValidate className={`${formStyles.form} ${styles.noteForm}`} onSubmit={onSubmit}>
        <TextField
          label={t('dashboard.notes.date')}
          type="date"
          required
          value={values.notedOn}
          onValueChange={(notedOn) => setValues((v) => ({ ...v, notedOn }))}
          error={fieldErrors.notedOn}
        />
        <TextAreaField
          label={t('dashboard.notes.text')}
          hint={t('dashboard.notes.textHint')}
          required
          rows={3}
          maxLength={500}
          value={values.text}
          onValueChange={(text) => setValues((v) => ({ ...v, text }))}
          error={fieldErrors.text}
        />
        <FormAlert error={add.error} />
        {added ? <Notice>{t('dashboard.notes.added')}</Notice> : null}
        <div>
          <button type="submit" className="button" disabled={add.isPending}>
            {t('dashboard.notes.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
