import { sql } from 'kysely';
import type { TResponseContent } from '@koers/shared/assessments';
import type { TThemeScore } from '@koers/shared/scoring';
import type { Executor } from '../../db/types.ts';
import { inScope, type TAccessScope } from '../auth/access-scope.ts';

export async function findAssessment(db: Executor, scope: TAccessScope, assessmentId: string) {
  return db
    .selectFrom('assessment as a')
    .innerJoin('partnership as p', 'p.id', 'a.partnership_id')
    .innerJoin('period as pe', 'pe.id', 'a.period_id')
    .innerJoin('instrument_version as v', 'v.id', 'a.instrument_version_id')
    .select([
      'a.id',
      'a.partnership_id',
      'p.name as partnership_name',
      'a.period_id',
      'pe.code as period_code',
      'pe.due_on',
      'a.instrument_version_id',
      'v.version as instrument_version',
      'a.status',
      'a.submitted_at',
    ])
    .where('a.id', '=', assessmentId)
    .where(inScope('a.partnership_id', scope))
    .executeTakeFirst();
}

export type AssessmentRow = NonNullable<Awaited<ReturnType<typeof findAssessment>>>;

/** Locks the assessment row for the rest of the transaction: submits and reopens queue behind each other. */
export async function lockAssessment(db: Executor, assessmentId: string) {
  return db
    .selectFrom('assessment')
    .select(['id', 'status'])
    .where('id', '=', assessmentId)
    .forUpdate()
    .executeTakeFirst();
}

export async function findAssessmentFor(db: Executor, partnershipId: string, periodId: string) {
  return db
    .selectFrom('assessment')
    .select('id')
    .where('partnership_id', '=', partnershipId)
    .where('period_id', '=', periodId)
    .executeTakeFirst();
}

export async function listAssessmentsOfPartnership(db: Executor, partnershipId: string) {
  return db
    .selectFrom('assessment as a')
    .innerJoin('period as pe', 'pe.id', 'a.period_id')
    .select((eb) => [
      'a.id',
      'a.period_id',
      'pe.code as period_code',
      'a.status',
      'a.submitted_at',
      eb
        .selectFrom('response as r')
        .whereRef('r.assessment_id', '=', 'a.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('response_count'),
    ])
    .where('a.partnership_id', '=', partnershipId)
    .orderBy('pe.opens_on', 'desc')
    .execute();
}

export async function insertAssessment(
  db: Executor,
  partnershipId: string,
  periodId: string,
  instrumentVersionId: string,
) {
  return db
    .insertInto('assessment')
    .values({ partnership_id: partnershipId, period_id: periodId, instrument_version_id: instrumentVersionId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

const RESPONSE_COLUMNS = [
  'id',
  'assessment_id',
  'perspective',
  'organisation_id',
  'respondent_person_id',
  'respondent_name',
  'link_token_hash',
  'version',
  'updated_at',
] as const;

export async function listResponses(db: Executor, assessmentId: string) {
  return db
    .selectFrom('response')
    .select(RESPONSE_COLUMNS)
    .where('assessment_id', '=', assessmentId)
    .orderBy('created_at')
    .execute();
}

export type ResponseRow = Awaited<ReturnType<typeof listResponses>>[number];

export async function findResponse(db: Executor, assessmentId: string, responseId: string) {
  return db
    .selectFrom('response')
    .select(RESPONSE_COLUMNS)
    .where('assessment_id', '=', assessmentId)
    .where('id', '=', responseId)
    .executeTakeFirst();
}

export async function findResponseByLink(db: Executor, tokenHash: string) {
  return db.selectFrom('response').select(RESPONSE_COLUMNS).where('link_token_hash', '=', tokenHash).executeTakeFirst();
}

export async function insertResponse(
  db: Executor,
  values: {
    assessment_id: string;
    perspective: ResponseRow['perspective'];
    organisation_id: string | null;
    respondent_person_id: string | null;
    respondent_name: string;
    link_token_hash: string | null;
  },
) {
  return db.insertInto('response').values(values).returning('id').executeTakeFirstOrThrow();
}

/**
 * A draft save does not wait for its commit to reach the disk: autosave sends the whole response again
 * moments later and the browser keeps its own copy, so a crash of PostgreSQL itself can lose at most the
 * last fraction of a second of typing, never consistency. Submissions and everything else keep waiting.
 */
export async function commitDraftWithoutWaitingForDisk(db: Executor) {
  await sql`SET LOCAL synchronous_commit = off`.execute(db);
}

/** Moves the version on, only from the version the edit was based on; undefined when someone saved first. */
export async function advanceResponseVersion(db: Executor, responseId: string, basedOn: number) {
  return db
    .updateTable('response')
    .set({ version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', responseId)
    .where('version', '=', basedOn)
    .returning(['version', 'updated_at'])
    .executeTakeFirst();
}

export async function listAnswers(db: Executor, responseIds: readonly string[]) {
  if (responseIds.length === 0) return [];
  return db
    .selectFrom('answer')
    .select(['response_id', 'indicator_id', 'score', 'dont_know'])
    .where('response_id', 'in', [...responseIds])
    .execute();
}

export async function listNotes(db: Executor, responseIds: readonly string[]) {
  if (responseIds.length === 0) return [];
  return db
    .selectFrom('theme_note')
    .select(['response_id', 'theme_number', 'evidence', 'next_step', 'priority'])
    .where('response_id', 'in', [...responseIds])
    .orderBy('theme_number')
    .execute();
}

/**
 * A save sends the whole response: make what is stored equal to it, in one statement. Rows that did not
 * change are left alone, so a save writes (and checks against the submitted-is-frozen trigger) only what
 * moved.
 */
export async function replaceResponseContent(db: Executor, responseId: string, content: TResponseContent) {
  const answers = Object.entries(content.answers).map(([indicatorId, answer]) => ({
    indicator_id: indicatorId,
    score: answer === 'dont_know' ? null : answer,
    dont_know: answer === 'dont_know',
  }));
  const notes = content.notes.map((n) => ({
    theme_number: n.theme,
    evidence: n.evidence,
    next_step: n.nextStep,
    priority: n.priority,
  }));
  await sql`
    WITH new_answer AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(answers)}::jsonb)
        AS x(indicator_id uuid, score smallint, dont_know boolean)
    ), new_note AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(notes)}::jsonb)
        AS x(theme_number smallint, evidence text, next_step text, priority boolean)
    ), gone_answer AS (
      DELETE FROM answer a WHERE a.response_id = ${responseId}
        AND NOT EXISTS (SELECT 1 FROM new_answer n WHERE n.indicator_id = a.indicator_id)
    ), gone_note AS (
      DELETE FROM theme_note t WHERE t.response_id = ${responseId}
        AND NOT EXISTS (SELECT 1 FROM new_note n WHERE n.theme_number = t.theme_number)
    ), saved_answer AS (
      INSERT INTO answer (response_id, indicator_id, score, dont_know)
      SELECT ${responseId}, n.indicator_id, n.score, n.dont_know FROM new_answer n
      WHERE NOT EXISTS (
        SELECT 1 FROM answer a WHERE a.response_id = ${responseId} AND a.indicator_id = n.indicator_id
          AND a.score IS NOT DISTINCT FROM n.score AND a.dont_know = n.dont_know)
      ON CONFLICT (response_id, indicator_id) DO UPDATE SET score = excluded.score, dont_know = excluded.dont_know
    )
    INSERT INTO theme_note (response_id, theme_number, evidence, next_step, priority)
    SELECT ${responseId}, n.theme_number, n.evidence, n.next_step, n.priority FROM new_note n
    WHERE NOT EXISTS (
      SELECT 1 FROM theme_note t WHERE t.response_id = ${responseId} AND t.theme_number = n.theme_number
        AND t.evidence = n.evidence AND t.next_step = n.next_step AND t.priority = n.priority)
    ON CONFLICT (response_id, theme_number)
      DO UPDATE SET evidence = excluded.evidence, next_step = excluded.next_step, priority = excluded.priority
  `.execute(db);
}

export async function findSubmissionByKey(db: Executor, assessmentId: string, key: string) {
  return db
    .selectFrom('submission')
    .select(['id', 'reopened_at'])
    .where('assessment_id', '=', assessmentId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function insertSubmission(db: Executor, assessmentId: string, key: string, personId: string) {
  await db
    .insertInto('submission')
    .values({ assessment_id: assessmentId, idempotency_key: key, submitted_by: personId })
    .execute();
}

export async function listSubmissions(db: Executor, assessmentId: string) {
  return db
    .selectFrom('submission as s')
    .innerJoin('person as sb', 'sb.id', 's.submitted_by')
    .leftJoin('person as rb', 'rb.id', 's.reopened_by')
    .select([
      's.id',
      's.submitted_at',
      'sb.display_name as submitted_by',
      's.reopened_at',
      'rb.display_name as reopened_by',
      's.reopen_reason',
    ])
    .where('s.assessment_id', '=', assessmentId)
    .orderBy('s.submitted_at', 'desc')
    .execute();
}

export async function setSubmitted(db: Executor, assessmentId: string) {
  await db
    .updateTable('assessment')
    .set({ status: 'submitted', submitted_at: sql<Date>`now()` })
    .where('id', '=', assessmentId)
    .execute();
}

export async function reopen(db: Executor, assessmentId: string, personId: string, reason: string) {
  await db
    .updateTable('submission')
    .set({ reopened_at: sql<Date>`now()`, reopened_by: personId, reopen_reason: reason })
    .where('assessment_id', '=', assessmentId)
    .where('reopened_at', 'is', null)
    .execute();
  await db
    .updateTable('assessment')
    .set({ status: 'draft', submitted_at: null })
    .where('id', '=', assessmentId)
    .execute();
  await db.deleteFrom('theme_summary').where('assessment_id', '=', assessmentId).execute();
}

export async function writeSummaries(
  db: Executor,
  assessment: { id: string; partnership_id: string; period_id: string; instrument_version_id: string },
  scores: readonly TThemeScore[],
  respondentCount: number,
) {
  const round = (v: number | null, places: number) => (v === null ? null : Number(v.toFixed(places)));
  await db.deleteFrom('theme_summary').where('assessment_id', '=', assessment.id).execute();
  await db
    .insertInto('theme_summary')
    .values(
      scores.map((s) => ({
        partnership_id: assessment.partnership_id,
        period_id: assessment.period_id,
        theme_number: s.theme,
        assessment_id: assessment.id,
        instrument_version_id: assessment.instrument_version_id,
        score: round(s.score, 2),
        coverage: round(s.coverage, 3),
        dont_know_share: round(s.dontKnowShare, 3),
        perspective_scores: JSON.stringify(
          Object.fromEntries(Object.entries(s.perspectives).map(([k, v]) => [k, round(v as number | null, 2)])),
        ),
        perspective_spread: round(s.perspectiveSpread, 2),
        respondent_spread: round(s.respondentSpread, 2),
        respondent_count: respondentCount,
      })),
    )
    .execute();
}
