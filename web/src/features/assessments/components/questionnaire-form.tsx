import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TResponseContent } from '@koers/shared/assessments';
import type { TInstrumentVersion, TTheme } from '@koers/shared/instrument';
import { DONT_KNOW, SCALE_SCORES, type TIndicatorAnswer } from '@koers/shared/scale';
import { responseProgress } from '@koers/shared/scoring';
import type { TThemeNumber } from '@koers/shared/themes';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import { noteOf, shapeOf, type TNoteFields } from '../utils/response-content.ts';
import { NoteTextField } from './note-text-field.tsx';
import styles from './questionnaire-form.module.css';

type TQuestionnaireFormProps = {
  instrument: TInstrumentVersion;
  content: TResponseContent;
  /** Read-only: a submitted assessment, or someone else's response. */
  readOnly?: boolean;
  onAnswer?: (indicatorId: string, answer: TIndicatorAnswer) => void;
  onNote?: (theme: TThemeNumber, changes: Partial<TNoteFields>) => void;
  /** A natural moment to save: a field was left or another theme was chosen. */
  onCommit?: () => void;
  /** Shown beside the progress: the save status, the submit button. */
  toolbar?: ReactNode;
};

const ANSWERS: readonly TIndicatorAnswer[] = [...SCALE_SCORES, DONT_KNOW];

/**
 * The self-assessment, one theme at a time: a tab per theme (arrow keys move between them), each theme's
 * indicators as radio groups on the four-step scale plus "don't know", and the theme's notes.
 */
export function QuestionnaireForm({
  instrument,
  content,
  readOnly = false,
  onAnswer,
  onNote,
  onCommit,
  toolbar,
}: TQuestionnaireFormProps) {
  const { t } = useTranslation();
  const localise = useLocalisedText();
  const id = useId();
  const [activeIndex, setActiveIndex] = useState(0);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const shape = shapeOf(instrument);
  const overall = responseProgress(shape, content.answers);
  const themes = instrument.themes;
  const active = themes[activeIndex] ?? themes[0];

  const choose = (index: number, focus: 'tab' | 'panel' | 'none') => {
    if (index !== activeIndex) onCommit?.();
    setActiveIndex(index);
    if (focus === 'tab') tabRefs.current[index]?.focus();
    if (focus === 'panel') document.getElementById(`${id}-panel`)?.focus();
  };

  const onTabKeyDown = (event: KeyboardEvent) => {
    const last = themes.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? activeIndex === last
          ? 0
          : activeIndex + 1
        : event.key === 'ArrowLeft'
          ? activeIndex === 0
            ? last
            : activeIndex - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    choose(target, 'tab');
  };

  if (!active) return null;
  const percent = overall.total === 0 ? 0 : Math.round((overall.answered / overall.total) * 100);

  return (
    <div className={styles.questionnaire}>
      <div className={styles.toolbar}>
        <div className={styles.progress}>
          <label htmlFor={`${id}-progress`} className={styles.progressLabel}>
            {t('assessment.progress.answered', { answered: overall.answered, total: overall.total })}
          </label>
          <progress id={`${id}-progress`} className={styles.progressBar} max={overall.total} value={overall.answered}>
            {percent}%
          </progress>
        </div>
        {toolbar ? <div className={styles.toolbarActions}>{toolbar}</div> : null}
      </div>

      <div role="tablist" aria-label={t('assessment.themes.label')} className={styles.tabs} onKeyDown={onTabKeyDown}>
        {themes.map((theme, index) => {
          const progress = responseProgress(
            { themes: [{ number: theme.number, indicatorIds: theme.indicators.map((indicator) => indicator.id) }] },
            content.answers,
          );
          const selected = index === activeIndex;
          const complete = progress.answered === progress.total;
          return (
            <button
              key={theme.number}
              ref={(element) => {
                tabRefs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${theme.number}`}
              aria-selected={selected}
              aria-controls={`${id}-panel`}
              tabIndex={selected ? 0 : -1}
              className={styles.tab}
              data-complete={complete || undefined}
              onClick={() => choose(index, 'none')}
            >
              <span className={styles.tabNumber}>{theme.number}</span>
              <span className={styles.tabName}>{localise(theme.name)}</span>
              <span className={styles.tabProgress}>
                {complete ? <span aria-hidden="true">✓ </span> : null}
                {t('assessment.progress.theme', { answered: progress.answered, total: progress.total })}
              </span>
            </button>
          );
        })}
      </div>

      <section
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-${active.number}`}
        tabIndex={-1}
        className={`surface ${styles.panel}`}
      >
        <ThemePanel
          theme={active}
          content={content}
          readOnly={readOnly}
          name={id}
          onAnswer={onAnswer}
          onNote={onNote}
          onCommit={onCommit}
        />
        <nav aria-label={t('assessment.themes.stepper')} className={styles.stepper}>
          {activeIndex > 0 ? (
            <button type="button" className="button button-secondary" onClick={() => choose(activeIndex - 1, 'panel')}>
              <span aria-hidden="true">←</span> {t('assessment.themes.previous')}
            </button>
          ) : (
            <span />
          )}
          {activeIndex < themes.length - 1 ? (
            <button type="button" className="button" onClick={() => choose(activeIndex + 1, 'panel')}>
              {t('assessment.themes.next')} <span aria-hidden="true">→</span>
            </button>
          ) : null}
        </nav>
      </section>
    </div>
  );
}

type TThemePanelProps = Pick<TQuestionnaireFormProps, 'content' | 'onAnswer' | 'onNote' | 'onCommit'> & {
  theme: TTheme;
  readOnly: boolean;
  name: string;
};

function ThemePanel({ theme, content, readOnly, name, onAnswer, onNote, onCommit }: TThemePanelProps) {
  const { t } = useTranslation();
  const localise = useLocalisedText();
  const note = noteOf(content, theme.number);

  return (
    <>
      <header className={styles.themeHeader}>
        <p className={styles.themeNumber}>{t('questionnaire.themes.number', { number: theme.number })}</p>
        <h2 className={styles.themeName}>{localise(theme.name)}</h2>
        <p className={styles.question}>
          <span className={styles.questionLabel}>{t('questionnaire.themes.question')}</span>
          {localise(theme.question)}
        </p>
      </header>

      <div className={styles.indicators}>
        {theme.indicators.map((indicator) => (
          <fieldset key={indicator.id} className={styles.indicator} disabled={readOnly}>
            <legend className={styles.legend}>
              <span className={styles.code}>{indicator.code}</span> <span>{localise(indicator.text)}</span>
            </legend>
            <div className={styles.options}>
              {ANSWERS.map((answer) => (
                <label key={answer} className={styles.option} data-answer={answer}>
                  <input
                    type="radio"
                    name={`${name}-${indicator.id}`}
                    value={answer}
                    checked={content.answers[indicator.id] === answer}
                    onChange={() => onAnswer?.(indicator.id, answer)}
                  />
                  <span className={styles.optionText}>
                    <span className={styles.optionLabel}>
                      {answer === DONT_KNOW ? (
                        t('questionnaire.scale.dontKnow.label')
                      ) : (
                        <>
                          <span className={styles.optionScore}>{answer}</span>{' '}
                          {t(`questionnaire.scale.levels.${answer}.label`)}
                        </>
                      )}
                    </span>
                    <span className={styles.optionDescription}>
                      {answer === DONT_KNOW
                        ? t('assessment.scale.dontKnow')
                        : t(`questionnaire.scale.levels.${answer}.description`)}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>

      <section aria-labelledby={`${name}-notes-${theme.number}`} className={styles.notes}>
        <h3 id={`${name}-notes-${theme.number}`}>{t('assessment.notes.title')}</h3>
        {readOnly ? (
          <dl className={styles.readOnlyNotes}>
            <dt>{t('assessment.notes.evidence')}</dt>
            <dd dir="auto">{note.evidence || <span className={styles.muted}>{t('assessment.notes.empty')}</span>}</dd>
            <dt>{t('assessment.notes.nextStep')}</dt>
            <dd dir="auto">{note.nextStep || <span className={styles.muted}>{t('assessment.notes.empty')}</span>}</dd>
            <dt>{t('assessment.notes.priority')}</dt>
            <dd>{note.priority ? t('assessment.notes.priorityYes') : t('assessment.notes.priorityNo')}</dd>
          </dl>
        ) : (
          <div className={styles.noteFields}>
            <NoteTextField
              label={t('assessment.notes.evidence')}
              hint={t('assessment.notes.evidenceHint')}
              value={note.evidence}
              onValueChange={(evidence) => onNote?.(theme.number, { evidence })}
              onBlur={onCommit}
            />
            <NoteTextField
              label={t('assessment.notes.nextStep')}
              hint={t('assessment.notes.nextStepHint')}
              value={note.nextStep}
              onValueChange={(nextStep) => onNote?.(theme.number, { nextStep })}
              onBlur={onCommit}
            />
            <div className={styles.priority}>
              <input
                id={`${name}-priority-${theme.number}`}
                type="checkbox"
                checked={note.priority}
                aria-describedby={`${name}-priority-hint-${theme.number}`}
                onChange={(event) => onNote?.(theme.number, { priority: event.target.checked })}
              />
              <span>
                <label htmlFor={`${name}-priority-${theme.number}`} className={styles.priorityLabel}>
                  {t('assessment.notes.priority')}
                </label>
                <span id={`${name}-priority-hint-${theme.number}`} className={styles.optionDescription}>
                  {t('assessment.notes.priorityHint')}
                </span>
              </span>
            </div>
          </div>
        )}
      </section>
    </>
  );
}
