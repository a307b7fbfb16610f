import { useTranslation } from 'react-i18next';
import type { TResponse } from '@koers/shared/assessments';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import { noteOf } from '../utils/response-content.ts';
import styles from './assessment.module.css';

/** After submitting: what the person wrote per theme, evidence and next step, to take into the next conversation. */
export function OwnNotes({ instrument, response }: { instrument: TInstrumentVersion; response: TResponse }) {
  const { t } = useTranslation();
  const localise = useLocalisedText();
  const written = instrument.themes
    .map((theme) => ({ theme, note: noteOf(response, theme.number) }))
    .filter(({ note }) => note.evidence !== '' || note.nextStep !== '' || note.priority);

  return (
    <section aria-labelledby="own-notes" className={styles.section}>
      <h2 id="own-notes">{t('fillIn.ownNotes.title')}</h2>
      {written.length === 0 ? (
        <p className={styles.muted}>{t('fillIn.ownNotes.none')}</p>
      ) : (
        <div className={styles.ownNotes}>
          {written.map(({ theme, note }) => (
            <article key={theme.number} aria-labelledby={`own-notes-${theme.number}`} className={styles.ownNote}>
              <h3 id={`own-notes-${theme.number}`}>
                {theme.number}. {localise(theme.name)}
                {note.priority ? <span className={styles.priorityMark}> · {t('fillIn.ownNotes.priority')}</span> : null}
              </h3>
              <dl>
                <dt>{t('assessment.notes.evidence')}</dt>
                <dd dir="auto" className={styles.preWrap}>
                  {note.evidence || <span className={styles.muted}>{t('assessment.notes.empty')}</span>}
                </dd>
                <dt>{t('assessment.notes.nextStep')}</dt>
                <dd dir="auto" className={styles.preWrap}>
                  {note.nextStep || <span className={styles.muted}>{t('assessment.notes.empty')}</span>}
                </dd>
              </dl>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
