import { sql } from 'kysely';
import type { TScenario } from '@koers/shared/partnerships';
import { peerScope } from '../../db/data-scopes.ts';
import { PREPARED } from '../../db/statement-cache.ts';
import type { TExecutor } from '../../db/types.ts';

/** One quarter's stored result on one theme, as `partnershipSummaries` sends it. */
export type TSummaryRow = {
  period_id: string;
  period_code: string;
  opens_on: string;
  instrument_version: number;
  assessment_id: string;
  theme_number: number;
  score: number | null;
  coverage: number | null;
  perspective_scores: Record<string, number>;
  perspective_spread: number | null;
  respondent_spread: number | null;
};

/**
 * A partnership's stored theme results for every submitted quarter, oldest first. Sent as one JSON value
 * rather than as rows: ten years of quarters are 200 rows, whose field-by-field decoding costs more
 * than the query. An index holds every column read here (`theme_summary_trend_idx`).
 */
export async function partnershipSummaries(db: TExecutor, partnershipId: string): Promise<TSummaryRow[]> {
  const row = await db
    .selectFrom('theme_summary as s')
    .innerJoin('period as p', 'p.id', 's.period_id')
    .innerJoin('instrument_version as v', 'v.id', 's.instrument_version_id')
    .select(
      sql<TSummaryRow[] | null>`json_agg(json_build_object(
        'period_id', p.id, 'period_code', p.code, 'opens_on', p.opens_on, 'instrument_version', v.version,
        'assessment_id', s.assessment_id, 'theme_number', s.theme_number, 'score', s.score,
        'coverage', s.coverage, 'perspective_scores', s.perspective_scores,
        'perspective_spread', s.perspective_spread, 'respondent_spread', s.respondent_spread
      ) ORDER BY p.opens_on, s.theme_number)`.as('summaries'),
    )
    .where('s.partnership_id', '=', partnershipId)
    .modifyEnd(PREPARED)
    .executeTakeFirst();
  return row?.summaries ?? [];
}

export type TPeerFigureRow = { theme_number: number; partnership_count: number; middle_scores: number[] };

/**
 * The kept peer figures per theme of a scenario in a quarter: one indexed lookup, whatever the number of
 * partnerships. With them, in the same statement (so the same snapshot), the version of their scope, under
 * which a cached dashboard that shows them can be kept.
 */
export async function peerFigures(db: TExecutor, scenario: TScenario, periodId: string) {
  const scope = peerScope(scenario, periodId);
  const row = await db
    .selectNoFrom((eb) => [
      // data_version is written by triggers only, so the query builder's schema leaves it out.
      sql<string | null>`(SELECT version::text FROM data_version WHERE scope = ${scope})`.as('version'),
      eb
        .selectFrom('peer_figure')
        .select(
          sql<TPeerFigureRow[] | null>`json_agg(json_build_object(
            'theme_number', theme_number, 'partnership_count', partnership_count, 'middle_scores', middle_scores
          ))`.as('figures'),
        )
        .where('scenario', '=', scenario)
        .where('period_id', '=', periodId)
        .as('figures'),
    ])
    .modifyEnd(PREPARED)
    .executeTakeFirstOrThrow();
  // A scope that never changed has no row: version 0, as `findDataVersions` reads it.
  return { scope, version: row.version ?? '0', figures: row.figures ?? [] };
}

/** Per indicator of one assessment: the mean of the scores given and how often "don't know" was said. */
export async function indicatorDetail(db: TExecutor, assessmentId: string) {
  return db
    .selectFrom('indicator as i')
    .innerJoin('theme as t', 't.id', 'i.theme_id')
    .innerJoin('assessment as a', 'a.instrument_version_id', 't.instrument_version_id')
    .leftJoin('response as r', 'r.assessment_id', 'a.id')
    .leftJoin('answer as an', (join) => join.onRef('an.response_id', '=', 'r.id').onRef('an.indicator_id', '=', 'i.id'))
    .select([
      't.number as theme',
      'i.code',
      'i.text_nl',
      'i.text_en',
      sql<string | null>`avg(an.score)`.as('score'),
      sql<string>`count(*) FILTER (WHERE an.dont_know)`.as('dont_know'),
    ])
    .where('a.id', '=', assessmentId)
    .groupBy(['t.number', 'i.id', 'i.code', 'i.text_nl', 'i.text_en', 'i.position'])
    .orderBy('t.number')
    .orderBy('i.position')
    .modifyEnd(PREPARED)
    .execute();
}

export async function narratives(db: TExecutor, assessmentId: string) {
  return db
    .selectFrom('theme_note as n')
    .innerJoin('response as r', 'r.id', 'n.response_id')
    .select(['n.theme_number', 'r.respondent_name', 'n.evidence', 'n.next_step', 'n.priority'])
    .where('r.assessment_id', '=', assessmentId)
    .where((eb) => eb.or([eb('n.evidence', '<>', ''), eb('n.next_step', '<>', ''), eb('n.priority', '=', true)]))
    .orderBy('n.theme_number')
    .orderBy('r.created_at')
    .modifyEnd(PREPARED)
    .execute();
}

export async function timelineNotes(db: TExecutor, partnershipId: string) {
  return db
    .selectFrom('timeline_note as n')
    .innerJoin('person as p', 'p.id', 'n.author_id')
    .select(['n.id', 'n.noted_on', 'n.text', 'p.display_name as author'])
    .where('n.partnership_id', '=', partnershipId)
    .orderBy('n.noted_on')
    .modifyEnd(PREPARED)
    .execute();
}

export async function insertTimelineNote(
  db: TExecutor,
  values: { partnership_id: string; noted_on: string; text: string; author_id: string },
) {
  return db.insertInto('timeline_note').values(values).returning('id').executeTakeFirstOrThrow();
}
