import type { TReviewWrite } from '@koers/shared/follow-up';
import type { TExecutor } from '../../db/types.ts';

export async function findReview(db: TExecutor, assessmentId: string) {
  return db
    .selectFrom('review as r')
    .innerJoin('person as a', 'a.id', 'r.author_id')
    .leftJoin('person as rb', 'rb.id', 'r.responded_by')
    .select([
      'r.id',
      'r.assessment_id',
      'a.display_name as author',
      'r.summary',
      'r.question_behind',
      'r.theme_remarks',
      'r.response_text',
      'rb.display_name as responded_by',
      'r.responded_at',
      'r.created_at',
      'r.updated_at',
    ])
    .where('r.assessment_id', '=', assessmentId)
    .executeTakeFirst();
}

export type TReviewRow = NonNullable<Awaited<ReturnType<typeof findReview>>>;

/** One review per assessment: writing again revises it. */
export async function saveReview(db: TExecutor, assessmentId: string, authorId: string, input: TReviewWrite) {
  const remarks = JSON.stringify(input.themeRemarks);
  await db
    .insertInto('review')
    .values({
      assessment_id: assessmentId,
      author_id: authorId,
      summary: input.summary,
      question_behind: input.questionBehind,
      theme_remarks: remarks,
    })
    .onConflict((oc) =>
      oc.column('assessment_id').doUpdateSet({
        summary: input.summary,
        question_behind: input.questionBehind,
        theme_remarks: remarks,
        updated_at: new Date(),
      }),
    )
    .execute();
}

/** The programme manager's response; false when the assessment has no review to respond to. */
export async function saveReviewResponse(
  db: TExecutor,
  assessmentId: string,
  personId: string,
  text: string,
): Promise<boolean> {
  const updated = await db
    .updateTable('review')
    .set({ response_text: text, responded_by: personId, responded_at: new Date() })
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}
