import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { PREPARED } from '../../db/statement-cache.ts';
import type { TExecutor } from '../../db/types.ts';

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

/** An assessment's responses, oldest first: on their own, or as part of a larger statement. */
export const responsesOf = (db: TExecutor, assessmentId: string) =>
  db.selectFrom('response').select(RESPONSE_COLUMNS).where('assessment_id', '=', assessmentId).orderBy('created_at');

export async function listResponses(db: TExecutor, assessmentId: string) {
  return responsesOf(db, assessmentId).modifyEnd(PREPARED).execute();
}

export type TResponseRow = Awaited<ReturnType<typeof listResponses>>[number];

export async function findResponse(db: TExecutor, assessmentId: string, responseId: string) {
  return db
    .selectFrom('response')
    .select(RESPONSE_COLUMNS)
    .where('assessment_id', '=', assessmentId)
    .where('id', '=', responseId)
    .executeTakeFirst();
}

/** The response a respondent's link opens, and whether its quarter has closed (its due date has passed). */
export async function findResponseByLink(db: TExecutor, tokenHash: string) {
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
  db: TExecutor,
  values: {
    assessment_id: string;
    perspective: TResponseRow['perspective'];
    organisation_id: string | null;
    respondent_person_id: string | null;
    respondent_name: string;
    link_token_hash: string | null;
  },
) {
  return db.insertInto('response').values(values).returning('id').executeTakeFirstOrThrow();
}

/**
 * The answers and notes of some responses (those with the given ids, or all of an assessment's), as
 * selections of one statement: a submission reads them with the rest of its inputs (`readForSubmission`).
 */
export function responseContentSelections(db: TExecutor, of: { responseIds: string[] } | { assessmentId: string }) {
  const responseIds =
    'responseIds' in of
      ? of.responseIds
      : db.selectFrom('response').select('id').where('assessment_id', '=', of.assessmentId);
  return [
    jsonArrayFrom(
      db
        .selectFrom('answer')
        .select(['response_id', 'indicator_id', 'score', 'dont_know'])
        .where('response_id', 'in', responseIds),
    ).as('answers'),
    jsonArrayFrom(
      db
        .selectFrom('theme_note')
        .select(['response_id', 'theme_number', 'evidence', 'next_step', 'priority'])
        .where('response_id', 'in', responseIds)
        .orderBy('theme_number'),
    ).as('notes'),
  ] as const;
}

/** The answers and notes of the given responses, in one statement. */
export async function listResponseContent(db: TExecutor, responseIds: readonly string[]) {
  if (responseIds.length === 0) return { answers: [], notes: [] };
  return db
    .selectNoFrom(() => responseContentSelections(db, { responseIds: [...responseIds] }))
    .executeTakeFirstOrThrow();
}

export type TResponseContent = Awaited<ReturnType<typeof listResponseContent>>;

/**
 * The facts of a response that never change once it exists: its assessment, that assessment's partnership
 * and questionnaire version, and whose response it is.
 */
export async function findResponseFacts(db: TExecutor, responseId: string) {
  return db
    .selectFrom('response as r')
    .innerJoin('assessment as a', 'a.id', 'r.assessment_id')
    .select(['r.assessment_id', 'a.partnership_id', 'a.instrument_version_id', 'r.respondent_person_id'])
    .where('r.id', '=', responseId)
    .executeTakeFirst();
}

export type TResponseFacts = NonNullable<Awaited<ReturnType<typeof findResponseFacts>>>;

/** Why a save changed nothing: the response as it is now, and whether its assessment was submitted. */
export async function findResponseState(db: TExecutor, responseId: string) {
  return db
    .selectFrom('response as r')
    .innerJoin('assessment as a', 'a.id', 'r.assessment_id')
    .select(['r.version', 'a.status'])
    .where('r.id', '=', responseId)
    .executeTakeFirst();
}
