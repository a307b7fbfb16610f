import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { roundScore } from '@koers/shared/score-format';
import type { TThemeScore } from '@koers/shared/scoring';
import { PREPARED } from '../../db/statement-cache.ts';
import type { TExecutor } from '../../db/types.ts';
import { toAuditRow, type TAuditEntry } from '../audit/audit.repository.ts';
import { inScope, type TAccessScope } from '../auth/access-scope.ts';
import { flagRuleInputSelections, toFlagRuleInputs } from '../flags/flags.repository.ts';
import { responseContentSelections, responsesOf, type TResponseRow } from './responses.repository.ts';

/**
 * The assessment within the scope. `forUpdate` locks its row for the rest of the transaction, so submits
 * and reopens queue behind each other, and reads it as the lock finds it: found and locked in one round trip.
 */
export async function findAssessment(
  db: TExecutor,
  scope: TAccessScope,
  assessmentId: string,
  { forUpdate = false } = {},
) {
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
    .$if(forUpdate, (qb) => qb.forUpdate('a'))
    .modifyEnd(PREPARED)
    .executeTakeFirst();
}

export type TAssessmentRow = NonNullable<Awaited<ReturnType<typeof findAssessment>>>;

export async function findAssessmentFor(db: TExecutor, partnershipId: string, periodId: string) {
  return db
    .selectFrom('assessment')
    .select('id')
    .where('partnership_id', '=', partnershipId)
    .where('period_id', '=', periodId)
    .executeTakeFirst();
}

export async function listAssessmentsOfPartnership(db: TExecutor, partnershipId: string) {
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

/** The kind of a member organisation of the partnership; nothing when it is not a member. */
export async function findMemberKind(db: TExecutor, partnershipId: string, organisationId: string) {
  const member = await db
    .selectFrom('partnership_member as m')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select('o.kind')
    .where('m.partnership_id', '=', partnershipId)
    .where('m.organisation_id', '=', organisationId)
    .executeTakeFirst();
  return member?.kind;
}

export async function insertAssessment(
  db: TExecutor,
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

/**
 * Records a submission under its idempotency key, marks the assessment submitted and writes its audit
 * entry, in one statement; returns the submission's id and moment (now(), the transaction's start: the
 * submission's default too).
 */
export async function recordSubmission(
  db: TExecutor,
  assessmentId: string,
  key: string,
  personId: string,
  audit: TAuditEntry,
) {
  return db
    .with('made', (qc) =>
      qc
        .insertInto('submission')
        .values({ assessment_id: assessmentId, idempotency_key: key, submitted_by: personId })
        .returning('id'),
    )
    .with('audited', (qc) => qc.insertInto('audit_log').values(toAuditRow(audit)))
    .updateTable('assessment')
    .set({ status: 'submitted', submitted_at: sql<Date>`now()` })
    .where('id', '=', assessmentId)
    .returning([sql<string>`(SELECT id FROM made)`.as('id'), sql<Date>`submitted_at`.as('submitted_at')])
    .executeTakeFirstOrThrow();
}

/** An assessment's submissions, newest first: on their own, or as part of a larger statement. */
const submissionsOf = (db: TExecutor, assessmentId: string) =>
  db
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
      's.idempotency_key',
    ])
    .where('s.assessment_id', '=', assessmentId)
    .orderBy('s.submitted_at', 'desc');

export async function listSubmissions(db: TExecutor, assessmentId: string) {
  return submissionsOf(db, assessmentId).modifyEnd(PREPARED).execute();
}

export type TListedSubmission = Awaited<ReturnType<typeof listSubmissions>>[number];

/**
 * What a submission reads once it holds its assessment's lock, in one statement (each round trip of a
 * submission is one more wait behind the work that keeps the API busy, and the later ones hold locks
 * other submissions wait for): the earlier submissions (for the idempotency key), the responses with
 * their answers and notes, and the flag rules' inputs. JSON carries timestamps as text: they become Dates
 * again here, as the driver gives them.
 */
export async function readForSubmission(
  db: TExecutor,
  assessment: Pick<TAssessmentRow, 'id' | 'partnership_id' | 'period_id'>,
) {
  const row = await db
    .selectNoFrom(() => [
      jsonArrayFrom(submissionsOf(db, assessment.id)).as('submissions'),
      jsonArrayFrom(responsesOf(db, assessment.id)).as('responses'),
      ...responseContentSelections(db, { assessmentId: assessment.id }),
      ...flagRuleInputSelections(db, assessment.partnership_id, assessment.period_id),
    ])
    .modifyEnd(PREPARED)
    .executeTakeFirstOrThrow();
  return {
    submissions: row.submissions.map((s): TListedSubmission => ({
      ...s,
      submitted_at: new Date(s.submitted_at),
      reopened_at: s.reopened_at === null ? null : new Date(s.reopened_at),
    })),
    responses: row.responses.map((r): TResponseRow => ({ ...r, updated_at: new Date(r.updated_at) })),
    content: { answers: row.answers, notes: row.notes },
    flagRuleInputs: toFlagRuleInputs(row),
  };
}

/** A submission just recorded, as `listSubmissions` would read it: its answer needs no read after the insert. */
export function toListedSubmission(
  made: { id: string; submitted_at: Date },
  submittedBy: string,
  idempotencyKey: string,
): TListedSubmission {
  return {
    id: made.id,
    submitted_at: made.submitted_at,
    submitted_by: submittedBy,
    idempotency_key: idempotencyKey,
    reopened_at: null,
    reopened_by: null,
    reopen_reason: null,
  };
}

export async function reopen(db: TExecutor, assessmentId: string, personId: string, reason: string) {
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

/** A submission's theme summaries as they are stored: scores by the one rounding rule they are shown with. */
export function summaryRows(
  assessment: { id: string; partnership_id: string; period_id: string; instrument_version_id: string },
  scores: readonly TThemeScore[],
  respondentCount: number,
) {
  const share = (v: number | null) => (v === null ? null : Number(v.toFixed(3)));
  return scores.map((s) => ({
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
  }));
}

export type TSummaryRow = ReturnType<typeof summaryRows>[number];

/**
 * Stores a submission's summaries. Only a draft is submitted, and a draft has none: a reopening deletes
 * them together with the status (`reopen`), and a new assessment starts as a draft.
 */
export async function insertSummaries(db: TExecutor, rows: readonly TSummaryRow[]) {
  await db.insertInto('theme_summary').values(rows).execute();
}
