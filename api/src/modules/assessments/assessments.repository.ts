import { CompiledQuery, sql } from 'kysely';
import type { Pool } from 'pg';
import type { TResponseContent } from '@koers/shared/assessments';
import { roundScore } from '@koers/shared/score-format';
import type { TThemeScore } from '@koers/shared/scoring';
import { queryPrepared } from '../../db/prepared.ts';
import type { Executor } from '../../db/types.ts';
import { toAuditRow, type TAuditEntry } from '../audit/audit.repository.ts';
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
      'p.shares_with_board',
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

/** The response a respondent's link opens, and whether its quarter has closed (its due date has passed). */
export async function findResponseByLink(db: Executor, tokenHash: string) {
  return db
    .selectFrom('response')
    .select(RESPONSE_COLUMNS)
    .select(
      sql<boolean>`(SELECT p.due_on < current_date FROM assessment a JOIN period p ON p.id = a.period_id WHERE a.id = response.assessment_id)`.as(
        'quarter_closed',
      ),
    )
    .where('link_token_hash', '=', tokenHash)
    .executeTakeFirst();
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
 * The facts of a response that never change once it exists: its assessment, that assessment's partnership
 * and questionnaire version, and whose response it is.
 */
export async function findResponseFacts(db: Executor, responseId: string) {
  return db
    .selectFrom('response as r')
    .innerJoin('assessment as a', 'a.id', 'r.assessment_id')
    .select(['r.assessment_id', 'a.partnership_id', 'a.instrument_version_id', 'r.respondent_person_id'])
    .where('r.id', '=', responseId)
    .executeTakeFirst();
}

export type ResponseFacts = NonNullable<Awaited<ReturnType<typeof findResponseFacts>>>;

/** Why a save changed nothing: the response as it is now, and whether its assessment was submitted. */
export async function findResponseState(db: Executor, responseId: string) {
  return db
    .selectFrom('response as r')
    .innerJoin('assessment as a', 'a.id', 'r.assessment_id')
    .select(['r.version', 'a.status'])
    .where('r.id', '=', responseId)
    .executeTakeFirst();
}

/** A response's answers and notes as the rows the content statements read (JSON). */
function contentRows(content: TResponseContent) {
  return {
    answers: Object.entries(content.answers).map(([indicatorId, answer]) => ({
      indicator_id: indicatorId,
      score: answer === 'dont_know' ? null : answer,
      dont_know: answer === 'dont_know',
    })),
    notes: content.notes.map((n) => ({
      theme_number: n.theme,
      evidence: n.evidence,
      next_step: n.nextStep,
      priority: n.priority,
    })),
  };
}

/**
 * Common table expressions that make the stored answers and notes of each response in `target(id)` equal
 * to its content in `input(response_id, answers, notes)`. The responses' stored rows are read once, by
 * key, and compared with the new ones: only what moved is written (and checked against the
 * submitted-is-frozen trigger), and no plan ever scans a whole table, however many answers there are.
 */
const REPLACE_CONTENT = `
  new_answer AS (
    SELECT t.id AS response_id, x.* FROM target t JOIN input i ON i.response_id = t.id,
      jsonb_to_recordset(i.answers) AS x(indicator_id uuid, score smallint, dont_know boolean)
  ), new_note AS (
    SELECT t.id AS response_id, x.* FROM target t JOIN input i ON i.response_id = t.id,
      jsonb_to_recordset(i.notes) AS x(theme_number smallint, evidence text, next_step text, priority boolean)
  ), current_answer AS MATERIALIZED (
    SELECT a.response_id, a.indicator_id, a.score, a.dont_know FROM answer a JOIN target t ON a.response_id = t.id
  ), current_note AS MATERIALIZED (
    SELECT tn.response_id, tn.theme_number, tn.evidence, tn.next_step, tn.priority
    FROM theme_note tn JOIN target t ON tn.response_id = t.id
  ), gone_answer AS (
    DELETE FROM answer a
    USING (SELECT response_id, indicator_id FROM current_answer
           EXCEPT SELECT response_id, indicator_id FROM new_answer) g
    WHERE a.response_id = g.response_id AND a.indicator_id = g.indicator_id
  ), gone_note AS (
    DELETE FROM theme_note tn
    USING (SELECT response_id, theme_number FROM current_note
           EXCEPT SELECT response_id, theme_number FROM new_note) g
    WHERE tn.response_id = g.response_id AND tn.theme_number = g.theme_number
  ), saved_answer AS (
    INSERT INTO answer (response_id, indicator_id, score, dont_know)
    SELECT n.response_id, n.indicator_id, n.score, n.dont_know FROM new_answer n
    WHERE NOT EXISTS (
      SELECT 1 FROM current_answer c WHERE c.response_id = n.response_id AND c.indicator_id = n.indicator_id
        AND c.score IS NOT DISTINCT FROM n.score AND c.dont_know = n.dont_know)
    ON CONFLICT (response_id, indicator_id) DO UPDATE SET score = excluded.score, dont_know = excluded.dont_know
  ), saved_note AS (
    INSERT INTO theme_note (response_id, theme_number, evidence, next_step, priority)
    SELECT n.response_id, n.theme_number, n.evidence, n.next_step, n.priority FROM new_note n
    WHERE NOT EXISTS (
      SELECT 1 FROM current_note c WHERE c.response_id = n.response_id AND c.theme_number = n.theme_number
        AND c.evidence = n.evidence AND c.next_step = n.next_step AND c.priority = n.priority)
    ON CONFLICT (response_id, theme_number)
      DO UPDATE SET evidence = excluded.evidence, next_step = excluded.next_step, priority = excluded.priority
  )`;

const REPLACE_ONE = `
  WITH input AS (SELECT $1::uuid AS response_id, $2::jsonb AS answers, $3::jsonb AS notes),
  target AS (SELECT response_id AS id FROM input), ${REPLACE_CONTENT}
  SELECT 1`;

/** A whole response (an import, the demo history): make what is stored equal to it, in one statement. */
export async function replaceResponseContent(db: Executor, responseId: string, content: TResponseContent) {
  const { answers, notes } = contentRows(content);
  await db.executeQuery(CompiledQuery.raw(REPLACE_ONE, [responseId, JSON.stringify(answers), JSON.stringify(notes)]));
}

/** A save of one draft response: the whole content, based on the version the edit started from. */
export type TDraftSave = { responseId: string; basedOn: number; content: TResponseContent; audit: TAuditEntry };

/**
 * Draft saves of different responses in one statement, so in one round trip and one implicit transaction:
 * each response's version moves on only from the version its edit was based on and while its assessment is
 * not submitted; only then are its content and its audit row written. Responses that come back were saved;
 * the others changed nothing.
 *
 * Rows are locked in one order, whatever order the saves came in, so two of these never deadlock.
 * It does not wait for its commit to reach the disk (`synchronous_commit` off for this transaction only):
 * autosave sends the whole response again moments later and the browser keeps its own copy, so a crash of
 * PostgreSQL itself can lose at most the last fraction of a second of typing, never consistency.
 */
const SAVE_DRAFTS = `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
      response_id uuid, based_on integer, answers jsonb, notes jsonb, actor_person_id uuid, action text,
      partnership_id uuid, subject_type text, request_id text, details text)
  ), locked AS (
    SELECT r.id FROM response r JOIN input i ON i.response_id = r.id ORDER BY r.id FOR UPDATE OF r
  ), target AS (
    UPDATE response r SET version = r.version + 1, updated_at = now()
    FROM input i
    WHERE r.id = i.response_id AND r.version = i.based_on AND r.id IN (SELECT id FROM locked)
      AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.id = r.assessment_id AND a.status = 'submitted')
    RETURNING r.id, r.version, r.updated_at
  ), ${REPLACE_CONTENT}, audited AS (
    INSERT INTO audit_log (actor_person_id, action, partnership_id, subject_type, subject_id, request_id, details)
    SELECT i.actor_person_id, i.action, i.partnership_id, i.subject_type, t.id, i.request_id, i.details::jsonb
    FROM target t JOIN input i ON i.response_id = t.id
  ), draft_commit AS (
    SELECT set_config('synchronous_commit', 'off', true)
  )
  SELECT t.id, t.version, t.updated_at FROM target t, draft_commit`;

/** Saves drafts of different responses at once; returns what each saved response is now at. */
export async function saveDrafts(pool: Pool, saves: readonly TDraftSave[]) {
  const input = saves.map(({ responseId, basedOn, content, audit }) => {
    const { subject_id: _subject, ...row } = toAuditRow(audit);
    return { response_id: responseId, based_on: basedOn, ...contentRows(content), ...row };
  });
  const rows = await queryPrepared<{ id: string; version: number; updated_at: Date }>(
    pool,
    'koers-save-drafts',
    SAVE_DRAFTS,
    [JSON.stringify(input)],
  );
  return new Map(rows.map((row) => [row.id, { version: row.version, updatedAt: row.updated_at }]));
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
  // Scores by the one rounding rule they are shown with; shares to three decimals.
  const share = (v: number | null) => (v === null ? null : Number(v.toFixed(3)));
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
        score: roundScore(s.score),
        coverage: share(s.coverage),
        dont_know_share: share(s.dontKnowShare),
        perspective_scores: JSON.stringify(
          Object.fromEntries(Object.entries(s.perspectives).map(([k, v]) => [k, roundScore(v as number | null)])),
        ),
        perspective_spread: roundScore(s.perspectiveSpread),
        respondent_spread: roundScore(s.respondentSpread),
        respondent_count: respondentCount,
      })),
    )
    .execute();
}
