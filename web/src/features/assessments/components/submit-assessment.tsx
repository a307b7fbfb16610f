import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAssessment } from '@koers/shared/assessments';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useSubmitAssessment } from '../api/submit-assessment.ts';
import styles from './assessment.module.css';

type SubmitAssessmentProps = {
  assessment: TAssessment;
  progress: { answered: number; total: number };
  /** Saves what is still pending; submitting waits for it. */
  flush: () => Promise<boolean>;
};

/** Submitting closes every response of the quarter, so it is asked once more, with what it means. */
export function SubmitAssessment({ assessment, progress, flush }: SubmitAssessmentProps) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const submit = useSubmitAssessment(assessment.id);
  const [asking, setAsking] = useState(false);
  const [notSaved, setNotSaved] = useState(false);
  // A second click can arrive before the disabled button has rendered.
  const busy = useRef(false);

  const confirm = async () => {
    if (busy.current) return;
    busy.current = true;
    setNotSaved(false);
    try {
      if (!(await flush())) {
        setNotSaved(true);
        return;
      }
      await submit.mutateAsync();
      setAsking(false);
    } catch {
      // The error shows in the dialog; the idempotency key stays for the next try.
    } finally {
      busy.current = false;
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('assessment.submit.start')}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t('assessment.submit.title', { period: assessment.periodCode })}
          confirmLabel={submit.isPending ? t('assessment.submit.submitting') : t('assessment.submit.confirm')}
          cancelLabel={t('assessment.submit.cancel')}
          tone="primary"
          busy={submit.isPending}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        >
          <p>{t('assessment.submit.progress', progress)}</p>
          <ul className={styles.submitPoints}>
            <li>{t('assessment.submit.point1')}</li>
            <li>{t('assessment.submit.point2')}</li>
            <li>{t('assessment.submit.point3')}</li>
          </ul>
          <p>{t('assessment.submit.due', { date: date(assessment.dueOn) })}</p>
          {notSaved ? (
            <p role="alert" className={styles.alertText}>
              {t('assessment.submit.notSaved')}
            </p>
          ) : null}
          <FormAlert error={submit.error} />
        </ConfirmDialog>
      ) : null}
    </>
  );
}
