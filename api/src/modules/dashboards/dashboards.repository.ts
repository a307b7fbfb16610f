import { sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { TScenario } from '@koers/shared/partnerships';
import { peerScope } from '../../db/data-scopes.ts';
import { PREPARED } from '../../db/statement-cache.ts';
import type { TExecutor } from '../../db/types.ts';
import type { TAccessScope } from '../auth/access-scope.ts';
import { selectPartnershipFlags } from '../flags/flags.repository.ts';
import { selectThemeNames } from '../instrument/instrument.repository.ts';
import { selectPartnership } from '../partnerships/partnerships.repository.ts';

/** One quarter's stored result on one theme. */
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

/** A quarter as `partnershipSummaries` sends it: positional, with a tuple per theme. */
type TQuarterTuple = [
  periodId: string,
  periodCode: string,
  opensOn: string,
  instrumentVersion: number,
  assessmentId: string,
  themes: [
    theme: number,
    score: number | null,
    coverage: number | null,
    perspectiveScores: Record<string, number>,
    perspectiveSpread: number | null,
    respondentSpread: number | null,
  ][],
];

/**
 * A partnership's stored theme results for every submitted quarter, oldest first, as one JSON value rather
 * than as rows (ten years of quarters are 200 rows, whose field-by-field decoding costs more than the
 * query), a quarter at a time and in arrays rather than objects: half the work of building, sending and
 * parsing it with every field named. An index holds every column read here (`theme_summary_trend_idx`).
 */
function partnershipSummaries(db: TExecutor, partnershipId: string) {
  const quarters = db
    .selectFrom('theme_summary')
    .select([
      'period_id',
      'assessment_id',
      'instrument_version_id',
      sql<string>`json_agg(json_build_array(
        theme_number, score, coverage, perspective_scores, perspective_spread, respondent_spread
      ) ORDER BY theme_number)`.as('themes'),
    ])
    .where('partnership_id', '=', partnershipId)
    .groupBy(['period_id', 'assessment_id', 'instrument_version_id']);
  return db
    .selectFrom(quarters.as('q'))
    .innerJoin('period as p', 'p.id', 'q.period_id')
    .innerJoin('instrument_version as v', 'v.id', 'q.instrument_version_id')
    .select(
      sql<TQuarterTuple[] | null>`json_agg(json_build_array(
        p.id, p.code, p.opens_on, v.version, q.assessment_id, q.themes
      ) ORDER BY p.opens_on)`.as('summaries'),
    );
}

/** The quarters' tuples as one row per quarter and theme, oldest first. */
function toSummaryRows(quarters: readonly TQuarterTuple[] | null): TSummaryRow[] {
  return (quarters ?? []).flatMap(([periodId, periodCode, opensOn, instrumentVersion, assessmentId, themes]) =>
    themes.map(([theme, score, coverage, perspectiveScores, perspectiveSpread, respondentSpread]) => ({
      period_id: periodId,
      period_code: periodCode,
      opens_on: opensOn,
      instrument_version: instrumentVersion,
      assessment_id: assessmentId,
      theme_number: theme,
      score,
      coverage,
      perspective_scores: perspectiveScores,
      perspective_spread: perspectiveSpread,
      respondent_spread: respondentSpread,
    })),
  );
}

/**
 * What a dashboard shows whatever the quarter: the partnership (within the scope), every quarter's theme
 * results, the theme names, its open flags and its timeline notes. One statement: at a cold read the round
 * trips to PostgreSQL cost more than the queries themselves.
 */
export async function dashboardBasics(db: TExecutor, scope: TAccessScope, partnershipId: string) {
  const row = await db
    .selectNoFrom([
      jsonObjectFrom(selectPartnership(db, scope, partnershipId)).as('partnership'),
      partnershipSummaries(db, partnershipId).as('summaries'),
      jsonArrayFrom(selectThemeNames(db)).as('names'),
      jsonArrayFrom(selectPartnershipFlags(db, scope, partnershipId, 'open')).as('flags'),
      jsonArrayFrom(selectTimelineNotes(db, partnershipId)).as('notes'),
    ])
    .modifyEnd(PREPARED)
    .executeTakeFirstOrThrow();
  return { ...row, summaries: toSummaryRows(row.summaries) };
}

export type TPeerFigureRow = { theme_number: number; partnership_count: number; middle_scores: number[] };

/**
 * What a dashboard shows of the quarter it shows, in one statement: the kept peer figures per theme of the
 * partnership's scenario in that quarter (one indexed lookup, whatever the number of partnerships) with
 * the version of their scope (read in the same statement, so the same snapshot: a cached dashboard is kept
 * under it), the assessment's indicator detail and, for who may read them, its narratives.
 */
export async function quarterDetail(
  db: TExecutor,
  quarter: { scenario: TScenario; periodId: string; assessmentId: string; withNarratives: boolean },
) {
  const scope = peerScope(quarter.scenario, quarter.periodId);
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
        .where('scenario', '=', quarter.scenario)
        .where('period_id', '=', quarter.periodId)
        .as('figures'),
      jsonArrayFrom(indicatorDetail(db, quarter.assessmentId)).as('indicators'),
      // A parameter, not two statements: PostgreSQL skips the subquery when it is false.
      jsonArrayFrom(narratives(db, quarter.assessmentId).where(sql.val(quarter.withNarratives))).as('narratives'),
    ])
    .modifyEnd(PREPARED)
    .executeTakeFirstOrThrow();
  // A scope that never changed has no row: version 0, as `findDataVersions` reads it.
  return {
    peers: { scope, version: row.version ?? '0', figures: row.figures ?? [] },
    indicators: row.indicators,
    narratives: row.narratives,
  };
}

/** Per indicator of one assessment: the mean of the scores given and how often "don't know" was said. */
function indicatorDetail(db: TExecutor, assessmentId: string) {
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
    .orderBy('i.position');
}

function narratives(db: TExecutor, assessmentId: string) {
  return db
    .selectFrom('theme_note as n')
    .innerJoin('response as r', 'r.id', 'n.response_id')
    .select(['n.theme_number', 'r.respondent_name', 'n.evidence', 'n.next_step', 'n.priority'])
    .where('r.assessment_id', '=', assessmentId)
    .where((eb) => eb.or([eb('n.evidence', '<>', ''), eb('n.next_step', '<>', ''), eb('n.priority', '=', true)]))
    .orderBy('n.theme_number')
    .orderBy('r.created_at');
}

function selectTimelineNotes(db: TExecutor, partnershipId: string) {
  return db
    .selectFrom('timeline_note as n')
    .innerJoin('person as p', 'p.id', 'n.author_id')
    .select(['n.id', 'n.noted_on', 'n.text', 'p.display_name as author'])
    .where('n.partnership_id', '=', partnershipId)
    .orderBy('n.noted_on');
}

export async function timelineNotes(db: TExecutor, partnershipId: string) {
  return selectTimelineNotes(db, partnershipId).modifyEnd(PREPARED).execute();
}

export async function insertTimelineNote(
  db: TExecutor,
  values: { partnership_id: string; noted_on: string; text: string; author_id: string },
) {
  return db.insertInto('timeline_note').values(values).returning('id').executeTakeFirstOrThrow();
}
