import { NOTE_TEXT_LIMIT, type TResponseContent, type TThemeNote } from '@koers/shared/assessments';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import type { TIndicatorAnswer } from '@koers/shared/scale';
import type { TInstrumentShape } from '@koers/shared/scoring';
import type { TThemeNumber } from '@koers/shared/themes';

export type TNoteFields = Omit<TThemeNote, 'theme'>;

const EMPTY_NOTE: TNoteFields = { evidence: '', nextStep: '', priority: false };

/** What scoring needs of a questionnaire: its themes and their indicator ids. */
export function shapeOf(instrument: TInstrumentVersion): TInstrumentShape {
  return {
    themes: instrument.themes.map((theme) => ({
      number: theme.number,
      indicatorIds: theme.indicators.map((indicator) => indicator.id),
    })),
  };
}

export function noteOf(content: TResponseContent, theme: TThemeNumber): TNoteFields {
  const note = content.notes.find((n) => n.theme === theme);
  return note ? { evidence: note.evidence, nextStep: note.nextStep, priority: note.priority } : EMPTY_NOTE;
}

const isBlank = (note: TNoteFields) => note.evidence === '' && note.nextStep === '' && !note.priority;

/** Blanks are absent, as the API stores them: an emptied note disappears instead of saving empty text. */
export function withNote(content: TResponseContent, theme: TThemeNumber, changes: Partial<TNoteFields>) {
  const note = { ...noteOf(content, theme), ...changes };
  const others = content.notes.filter((n) => n.theme !== theme);
  const notes = isBlank(note) ? others : [...others, { theme, ...note }];
  return { ...content, notes: notes.sort((a, b) => a.theme - b.theme) };
}

export function withAnswer(content: TResponseContent, indicatorId: string, answer: TIndicatorAnswer) {
  return { ...content, answers: { ...content.answers, [indicatorId]: answer } };
}

export function sameContent(a: TResponseContent, b: TResponseContent): boolean {
  const ids = new Set([...Object.keys(a.answers), ...Object.keys(b.answers)]);
  for (const id of ids) if (a.answers[id] !== b.answers[id]) return false;
  const themes = new Set([...a.notes, ...b.notes].map((n) => n.theme));
  for (const theme of themes) {
    const [x, y] = [noteOf(a, theme), noteOf(b, theme)];
    if (x.evidence !== y.evidence || x.nextStep !== y.nextStep || x.priority !== y.priority) return false;
  }
  return true;
}

/** A text over the limit stays in the field and in this browser, but is not sent: the API would refuse it. */
export function hasOverLongNote(content: TResponseContent): boolean {
  return content.notes.some((n) => n.evidence.length > NOTE_TEXT_LIMIT || n.nextStep.length > NOTE_TEXT_LIMIT);
}
