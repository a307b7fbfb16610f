import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TResponseContent } from '@koers/shared/assessments';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import type { TIndicatorAnswer } from '@koers/shared/scale';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import type { TConflict } from '../utils/response-autosave.ts';
import { noteOf } from '../utils/response-content.ts';
import styles from './assessment.module.css';

type TConflictPanelProps = {
  instrument: TInstrumentVersion;
  mine: TResponseContent;
  conflict: TConflict;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
  onRetryLoad: () => void;
};

type TDifference = { key: string; item: string; mine: string; theirs: string };

/**
 * Someone saved this response since the edit began. Nothing is overwritten silently: the person keeps
 * their own version on top of it, knowingly, or takes the saved version; the differences are one click away.
 */
export function ConflictPanel({
  instrument,
  mine,
  conflict,
  onLoadTheirs,
  onKeepMine,
  onRetryLoad,
}: TConflictPanelProps) {
  const { t } = useTranslation();
  const localise = useLocalisedText();
  const { dateTime } = useFormatDate();
  const [reviewing, setReviewing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const theirs = conflict.theirs;

  useEffect(() => headingRef.current?.focus(), []);

  const answerText = (answer: TIndicatorAnswer | undefined) =>
    answer === undefined
      ? t('assessment.conflict.blank')
      : answer === 'dont_know'
        ? t('questionnaire.scale.dontKnow.label')
        : `${answer} ${t(`questionnaire.scale.levels.${answer}.label`)}`;
  const text = (value: string) => value || t('assessment.conflict.blank');

  const differences: TDifference[] = [];
  if (theirs) {
    for (const theme of instrument.themes) {
      for (const indicator of theme.indicators) {
        const [a, b] = [mine.answers[indicator.id], theirs.content.answers[indicator.id]];
        if (a !== b) {
          differences.push({
            key: indicator.id,
            item: `${indicator.code} ${localise(indicator.text)}`,
            mine: answerText(a),
            theirs: answerText(b),
          });
        }
      }
      const [a, b] = [noteOf(mine, theme.number), noteOf(theirs.content, theme.number)];
      const prefix = t('questionnaire.themes.number', { number: theme.number });
      if (a.evidence !== b.evidence) {
        differences.push({
          key: `${theme.number}-evidence`,
          item: `${prefix}: ${t('assessment.notes.evidence')}`,
          mine: text(a.evidence),
          theirs: text(b.evidence),
        });
      }
      if (a.nextStep !== b.nextStep) {
        differences.push({
          key: `${theme.number}-next`,
          item: `${prefix}: ${t('assessment.notes.nextStep')}`,
          mine: text(a.nextStep),
          theirs: text(b.nextStep),
        });
      }
      if (a.priority !== b.priority) {
        differences.push({
          key: `${theme.number}-priority`,
          item: `${prefix}: ${t('assessment.notes.priority')}`,
          mine: a.priority ? t('assessment.notes.priorityYes') : t('assessment.notes.priorityNo'),
          theirs: b.priority ? t('assessment.notes.priorityYes') : t('assessment.notes.priorityNo'),
        });
      }
    }
  }

  return (
    <section role="alert" aria-labelledby="conflict-title" className={styles.conflict}>
      <h2 id="conflict-title" ref={headingRef} tabIndex={-1}>
        {t('assessment.conflict.title')}
      </h2>
      <p>{t('assessment.conflict.text')}</p>
      {theirs ? (
        <p className={styles.muted}>{t('assessment.conflict.savedAt', { date: dateTime(theirs.updatedAt) })}</p>
      ) : conflict.loadFailed ? (
        <p>
          {t('assessment.conflict.loadFailed')}{' '}
          <button type="button" className="button button-secondary button-small" onClick={onRetryLoad}>
            {t('status.retry')}
          </button>
        </p>
      ) : (
        <p className={styles.muted}>{t('assessment.conflict.loading')}</p>
      )}
      {theirs ? (
        <>
          <p className={styles.muted}>{t('assessment.conflict.keepMineHint')}</p>
          <div className={styles.conflictActions}>
            <button type="button" className="button" onClick={onKeepMine}>
              {t('assessment.conflict.keepMine')}
            </button>
            <button type="button" className="button button-secondary" onClick={onLoadTheirs}>
              {t('assessment.conflict.loadTheirs')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              aria-expanded={reviewing}
              onClick={() => setReviewing(!reviewing)}
            >
              {t('assessment.conflict.review')}
            </button>
          </div>
          {reviewing ? (
            <div className={styles.differences}>
              {differences.length === 0 ? (
                <p>{t('assessment.conflict.none')}</p>
              ) : (
                <div className="table-wrapper">
                  <table className="data-table">
                    <caption className="visually-hidden">{t('assessment.conflict.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('assessment.conflict.item')}</th>
                        <th scope="col">{t('assessment.conflict.mine')}</th>
                        <th scope="col">{t('assessment.conflict.theirs')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {differences.map((difference) => (
                        <tr key={difference.key}>
                          <th scope="row">{difference.item}</th>
                          <td data-label={t('assessment.conflict.mine')} className={styles.preWrap} dir="auto">
                            {difference.mine}
                          </td>
                          <td data-label={t('assessment.conflict.theirs')} className={styles.preWrap} dir="auto">
                            {difference.theirs}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
