import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ZReopen, type TAssessment } from '@koers/shared/assessments';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useReopenAssessment } from '../api/reopen-assessment.ts';
import styles from './assessment.module.css';

/** Every submission and reopening, with who and why: the history stays visible. */
export function SubmissionHistory({ assessment, canReopen }: { assessment: TAssessment; canReopen: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDate();

  return (
    <section aria-labelledby="assessment-history" className={styles.section}>
      <h2 id="assessment-history">{t('assessment.history.title')}</h2>
      {assessment.submissions.length === 0 ? (
        <p className={styles.muted}>{t('assessment.history.none')}</p>
      ) : (
        <ol className={styles.timeline}>
          {assessment.submissions.map((submission) => (
            <li key={submission.id}>
              <p>
                {t('assessment.history.submitted', {
                  date: dateTime(submission.submittedAt),
                  name: submission.submittedBy,
                })}
              </p>
              {submission.reopenedAt ? (
                <p>
                  {t('assessment.history.reopened', {
                    date: dateTime(submission.reopenedAt),
                    name: submission.reopenedBy ?? '',
                  })}
                  {submission.reopenReason ? (
                    <span className={styles.reason}>
                      {t('assessment.history.reason')}: {submission.reopenReason}
                    </span>
                  ) : null}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {canReopen && assessment.status === 'submitted' ? <ReopenForm assessmentId={assessment.id} /> : null}
    </section>
  );
}

function ReopenForm({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const reopen = useReopenAssessment();
  const formRef = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  if (!open) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t('assessment.reopen.start')}
      </button>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZReopen.safeParse({ reason });
    flushSync(() => setFieldErrors(parsed.success ? {} : fromZod(parsed.error)));
    if (!parsed.success) return focusFirstInvalidField(formRef.current);
    reopen.mutate({ assessmentId, reason: parsed.data.reason }, { onError: (error) => setFieldErrors(fromApi(error)) });
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      className={`surface ${styles.reopen}`}
      aria-labelledby="reopen-title"
    >
      <h3 id="reopen-title">{t('assessment.reopen.title')}</h3>
      <p className={styles.muted}>{t('assessment.reopen.intro')}</p>
      <FormAlert error={reopen.error} />
      <TextAreaField
        label={t('assessment.reopen.reason')}
        hint={t('assessment.reopen.reasonHint')}
        value={reason}
        maxLength={1000}
        autoFocus
        onValueChange={setReason}
        error={fieldErrors.reason}
      />
      <div className={styles.formActions}>
        <button type="submit" className="button" disabled={reopen.isPending}>
          {t('assessment.reopen.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
