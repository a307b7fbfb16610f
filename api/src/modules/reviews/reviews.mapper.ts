import type { TReview } from '@koers/shared/follow-up';
import type { TReviewRow } from './reviews.repository.ts';

/** The review as the reader may see it: without the narrative (`full` false) only who wrote it and when. */
export function toReview(row: TReviewRow, assessment: { id: string; period_code: string }, full: boolean): TReview {
  return {
    id: row.id,
    assessmentId: assessment.id,
    periodCode: assessment.period_code,
    author: row.author,
    summary: full ? row.summary : null,
    questionBehind: full ? row.question_behind : null,
    themeRemarks: full ? row.theme_remarks : [],
    response:
      full && row.response_text && row.responded_by && row.responded_at
        ? { text: row.response_text, by: row.responded_by, at: row.responded_at.toISOString() }
        : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
