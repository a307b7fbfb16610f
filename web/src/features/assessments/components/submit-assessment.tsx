import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAssessment, TResponseContent } from '@koers/shared/assessments';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { responseProgress } from '@koers/shared/scoring';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import { useSubmitAssessment } from '../api/submit-assessment.ts';
import { hasOverLongNote, shapeOf } from '../utils/response-content.ts';
import styles from './assessment.module.css';

type TSubmitAssessmentProps = {
  assessment: TAssessment;
  instrument: TInstrumentVersion;
  /** The response as typed, so the dialog can say which themes are still open. */
  content: TResponseContent;
  /** Saves what is still pending; submitting waits for it. */
  flush: () => Promise<boolean>;
};

/** Submitting closes every response of the quarter, so it is asked once more, with what it means. */
export function SubmitAssessment({ assessment, instrument, content, flush }: TSubmitAssessmentProps) {
  const { answers } = content;
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const localise = useLocalisedText();
  const progress = responseProgress(shapeOf(instrument), answers);
  const themes = instrument.themes.map((theme) => ({
    name: `${theme.number}. ${localise(theme.name)}`,
    ...responseProgress(
      { themes: [{ number: theme.number, indicatorIds: theme.indicators.map((i) => i.id) }] },
      answers,
    ),
  }));
  const empty = themes.filter((theme) => theme.answered === 0);
  const partial = themes.filter((theme) => theme.answered > 0 && theme.answered < theme.total);
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
          {empty.length > 0 ? (
            <>
              <p className={styles.openThemesTitle}>{t('fillIn.submit.emptyThemes', { count: empty.length })}</p>
              <ul className={styles.submitPoints}>
                {empty.map((theme) => (
                  <li key={theme.name}>{theme.name}</li>
                ))}
              </ul>
            </>
          ) : null}
          {partial.length > 0 ? (
            <>
              <p className={styles.openThemesTitle}>{t('fillIn.submit.partialThemes', { count: partial.length })}</p>
              <ul className={styles.submitPoints}>
                {partial.map((theme) => (
                  <li key={theme.name}>
                    {theme.name} ({t('assessment.progress.theme', theme)})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {empty.length + partial.length > 0 ? <p>{t('fillIn.submit.openCounts')}</p> : null}
          <ul className={styles.submitPoints}>
            <li>{t('assessment.submit.point1')}</li>
            <li>{t('assessment.submit.point2')}</li>
            <li>{t('assessment.submit.point3')}</li>
          </ul>
          <p>{t('assessment.submit.due', { date: date(assessment.dueOn) })}</p>
          {notSaved ? (
            <p role="alert" className={styles.alertText}>
              {/* Waiting does not help a text that is too long: say what does. */}
              {hasOverLongNote(content) ? t('fillIn.submit.tooLong') : t('assessment.submit.notSaved')}
            </p>
          ) : null}
          <FormAlert error={submit.error} />
        </ConfirmDialog>
      ) : null}
    </>
  );
}
