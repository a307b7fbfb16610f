import type { TAssessment } from '@koers/shared/assessments';
import type { TTimelineNote } from '@koers/shared/dashboards';
import type { TAction, TFlagDetail, TReview } from '@koers/shared/follow-up';
import { PERSPECTIVE_WORDS } from './export-words.ts';

/** An indicator's code and wording in the questionnaire version an assessment was filled in with. */
export type TIndicatorLabel = { code: string; text: { nl: string; en: string } };

/** What a sheet builder receives: the partnership's record, each part read as the viewer may read it. */
export type TPartnershipRecord = {
  /** Oldest quarter first. */
  assessments: () => AsyncIterable<TAssessment>;
  indicatorOf: (assessment: TAssessment, indicatorId: string) => Promise<TIndicatorLabel | undefined>;
  flags: () => AsyncIterable<TFlagDetail>;
  reviews: () => AsyncIterable<TReview>;
  actions: () => Promise<TAction[]>;
  timelineNotes: () => Promise<TTimelineNote[]>;
};

/* Columns several sheets share. */
export const quarter = { key: 'quarter', header: { nl: 'Kwartaal', en: 'Quarter' }, type: 'text', width: 10 } as const;
export const theme = { key: 'theme', header: { nl: 'Thema', en: 'Theme' }, type: 'number', width: 7 } as const;
export const perspective = {
  key: 'perspective',
  header: { nl: 'Perspectief', en: 'Perspective' },
  type: 'text',
  width: 14,
  words: PERSPECTIVE_WORDS,
} as const;
export const respondent = {
  key: 'respondent',
  header: { nl: 'Respondent', en: 'Respondent' },
  type: 'text',
  width: 24,
} as const;
export const longText = (key: string, nl: string, en: string) =>
  ({ key, header: { nl, en }, type: 'text', width: 60 }) as const;

/** The rows of each item, in order. */
export async function* each<T, R>(items: AsyncIterable<T>, rows: (item: T) => Promise<R[]> | R[]): AsyncIterable<R> {
  for await (const item of items) yield* await rows(item);
}

/** A list read once, as rows. */
export async function* listed<T>(list: () => Promise<T[]>): AsyncIterable<T> {
  yield* await list();
}
