import type { TExecutor } from '../../db/types.ts';
import type { TImportedResponse } from './history-rows.ts';

/** The indicators of an instrument version by their code, the name a spreadsheet's columns use. */
export async function indicatorIdsByCode(db: TExecutor, instrumentVersionId: string) {
  const rows = await db
    .selectFrom('indicator as i')
    .innerJoin('theme as t', 't.id', 'i.theme_id')
    .select(['i.code', 'i.id'])
    .where('t.instrument_version_id', '=', instrumentVersionId)
    .execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Codes of the quarters the partnership already has an assessment for. */
export async function assessedQuarters(db: TExecutor, partnershipId: string) {
  const rows = await db
    .selectFrom('assessment as a')
    .innerJoin('period as p', 'p.id', 'a.period_id')
    .select('p.code')
    .where('a.partnership_id', '=', partnershipId)
    .execute();
  return new Set(rows.map((r) => r.code));
}

/** The period of a quarter, made with the given dates when no partnership has used it yet. */
export async function ensurePeriod(db: TExecutor, code: string, dates: { opensOn: string; dueOn: string }) {
  await db
    .insertInto('period')
    .values({ code, opens_on: dates.opensOn, due_on: dates.dueOn })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const period = await db.selectFrom('period').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return period.id;
}

/** A response read from the spreadsheet, marked as imported; its answers follow separately. */
export async function insertImportedResponse(db: TExecutor, assessmentId: string, response: TImportedResponse) {
  const { id } = await db
    .insertInto('response')
    .values({
      assessment_id: assessmentId,
      perspective: response.perspective,
      respondent_name: response.respondent,
      imported: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
