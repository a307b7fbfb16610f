import { sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import { PREPARED } from '../../db/statement-cache.ts';
import { statementPerShape, type TSlotOf } from '../../db/statement-per-shape.ts';
import type { TExecutor } from '../../db/types.ts';
import type { TScenario } from '@koers/shared/partnerships';
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
      'instrument_version_id',
      sql<string>`json_agg(json_build_array(
        theme_number, score, coverage, perspective_scores, perspective_spread, respondent_spread
      ) ORDER BY theme_number)`.as('themes'),
    ])
    .where('partnership_id', '=', partnershipId)
    .groupBy(['period_id', 'instrument_version_id']);
  return db
    .selectFrom(quarters.as('q'))
    .innerJoin('period as p', 'p.id', 'q.period_id')
    .innerJoin('instrument_version as v', 'v.id', 'q.instrument_version_id')
    .select(
      sql<TQuarterTuple[] | null>`json_agg(json_build_array(
        p.id, p.code, p.opens_on, v.version, q.themes
      ) ORDER BY p.opens_on, p.id)`.as('summaries'),
    );
}

/** The quarters' tuples as one row per quarter and theme, oldest first. */
function toSummaryRows(quarters: readonly TQuarterTuple[] | null): TSummaryRow[] {
  return (quarters ?? []).flatMap(([periodId, periodCode, opensOn, instrumentVersion, themes]) =>
    themes.map(([theme, score, coverage, perspectiveScores, perspectiveSpread, respondentSpread]) => ({
      period_id: periodId,
      period_code: periodCode,
      opens_on: opensOn,
      instrument_version: instrumentVersion,
      theme_number: theme,
      score,
      coverage,
      perspective_scores: perspectiveScores,
      perspective_spread: perspectiveSpread,
      respondent_spread: respondentSpread,
    })),
  );
}

/** Which quarter a dashboard shows and what it may show of it, besides the partnership. */
export type TDashboardQuarter = {
  /** The quarter asked for; without one, the latest submitted. */
  periodId: string | undefined;
  /** Whether the viewer may read the narratives, which depends on the partnership's choice to share them. */
  narratives: { whenShared: boolean; whenNotShared: boolean };
};

/** What the text of a dashboard's statements depends on; everything else is a value bound to it. */
export type TScopeShape = { scope: TAccessScope['kind'] | 'none' };
type TDashboardShape = TScopeShape & { byPeriod: boolean };

export const shapeOfScope = (scope: TAccessScope): TScopeShape => ({
  scope: scope.kind === 'all' ? 'all' : scope.ids.length > 0 ? 'partnerships' : 'none',
});

/** The scope a statement is built for: the shape says whether there are ids, so `inScope` never decides on their stand-in. */
export const scopeOfShape = (shape: TScopeShape, slot: TSlotOf<{ scopeIds: readonly string[] }>): TAccessScope =>
  shape.scope === 'all'
    ? { kind: 'all' }
    : { kind: 'partnerships', ids: shape.scope === 'none' ? [] : slot('scopeIds') };
type TDashboardValues = {
  partnershipId: string;
  dataScopes: readonly string[];
  scopeIds: readonly string[];
  periodId: string;
  whenShared: boolean;
  whenNotShared: boolean;
};

/**
 * Everything a dashboard shows, in one statement (at a cold read the round trips to PostgreSQL cost more
 * than the queries themselves): the partnership (within the scope), every quarter's theme results, the
 * theme names, its open flags and its timeline notes, of the quarter shown its detail, and the versions of
 * the data scopes given (a scope that never changed has no row), in the same snapshot. Compiled once per
 * shape: building it cost more than running it.
 */
const dashboardStatement = statementPerShape((db, shape: TDashboardShape, slot: TSlotOf<TDashboardValues>) => {
  const scope = scopeOfShape(shape, slot);
  const partnershipId = slot('partnershipId');
  const quarter: TDashboardQuarter = {
    periodId: shape.byPeriod ? slot('periodId') : undefined,
    narratives: { whenShared: slot('whenShared'), whenNotShared: slot('whenNotShared') },
  };
  return db
    .selectNoFrom([
      jsonObjectFrom(selectPartnership(db, scope, partnershipId)).as('partnership'),
      partnershipSummaries(db, partnershipId).as('summaries'),
      jsonArrayFrom(selectThemeNames(db)).as('names'),
      jsonArrayFrom(selectPartnershipFlags(db, scope, partnershipId, 'open')).as('flags'),
      jsonArrayFrom(selectTimelineNotes(db, partnershipId)).as('notes'),
      jsonObjectFrom(quarterDetail(db, partnershipId, quarter)).as('detail'),
      // data_version is written by triggers only, so the query builder's schema leaves it out.
      sql<Record<string, string> | null>`(
        SELECT json_object_agg(scope, version::text) FROM data_version WHERE scope = ANY(${slot('dataScopes')}::text[])
      )`.as('versions'),
    ])
    .modifyEnd(PREPARED);
});

export async function dashboardData(
  db: TExecutor,
  scope: TAccessScope,
  partnershipId: string,
  { periodId, narratives }: TDashboardQuarter,
  dataScopes: readonly string[],
) {
  const [row] = await dashboardStatement(
    db,
    { ...shapeOfScope(scope), byPeriod: periodId !== undefined },
    {
      partnershipId,
      dataScopes,
      scopeIds: scope.kind === 'partnerships' ? scope.ids : [],
      periodId: periodId ?? '',
      ...narratives,
    },
  );
  if (!row) throw new Error('A statement without FROM returns one row');
  return { ...row, summaries: toSummaryRows(row.summaries) };
}

export type TPeerFigureRow = { theme_number: number; partnership_count: number; middle_scores: number[] };

/**
 * What a dashboard shows of the quarter it shows (the one asked for, or the latest submitted, in the
 * order of the summaries): the kept peer figures per theme of the partnership's scenario in that quarter
 * (one indexed lookup, whatever the number of partnerships) with the version of their scope (read in the
 * same statement, so the same snapshot: a cached dashboard is kept under it; the scope's name is
 * `peerScope`'s, as the data-version triggers write it), the assessment's indicator detail and, for who
 * may read them, its narratives. No row when the partnership has no such quarter.
 */
function quarterDetail(db: TExecutor, partnershipId: string, { periodId, narratives: mayRead }: TDashboardQuarter) {
  const shown = db
    .selectFrom('theme_summary as ts')
    .innerJoin('period as pe', 'pe.id', 'ts.period_id')
    .innerJoin('partnership as p', 'p.id', 'ts.partnership_id')
    .select(['ts.period_id', 'ts.assessment_id', 'p.scenario', 'p.shares_with_board'])
    .where('ts.partnership_id', '=', partnershipId)
    .$if(periodId !== undefined, (q) => q.where('ts.period_id', '=', periodId ?? ''))
    .orderBy('pe.opens_on', 'desc')
    .orderBy('pe.id', 'desc')
    // In the text, not a parameter: planned for any value of a parameter, the statement would take 20 rows
    // here, and PostgreSQL would find that plan 13 times dearer and plan the statement anew at every run.
    .limit(sql.lit(1));
  return db
    .selectFrom(shown.as('q'))
    .select([
      'q.period_id',
      'q.assessment_id',
      'q.scenario',
      peerVersion('q.scenario', 'q.period_id').as('version'),
      peerFigures(db, 'q.scenario', 'q.period_id').as('figures'),
      jsonArrayFrom(indicatorDetail(db).where('a.id', '=', sql.ref<string>('q.assessment_id'))).as('indicators'),
      readableNarratives(db, 'q.assessment_id', 'q.shares_with_board', mayRead).as('narratives'),
    ]);
}

/**
 * The version of a scenario's peer figures in a quarter, by the name `peerScope` gives it and the
 * data-version triggers write (data_version is written by triggers only, so the query builder's schema
 * leaves it out); null for a scope that never changed.
 */
export const peerVersion = (scenario: string, periodId: string) =>
  sql<
    string | null
  >`(SELECT version::text FROM data_version WHERE scope = 'peers:' || ${sql.ref(scenario)} || ':' || ${sql.ref(periodId)})`;

/** The kept peer figures per theme of a scenario in a quarter: one indexed lookup, whatever the number of partnerships. */
export const peerFigures = (db: TExecutor, scenario: string, periodId: string) =>
  db
    .selectFrom('peer_figure as f')
    .select(
      sql<TPeerFigureRow[] | null>`json_agg(json_build_object(
        'theme_number', f.theme_number, 'partnership_count', f.partnership_count, 'middle_scores', f.middle_scores
      ))`.as('figures'),
    )
    .where('f.scenario', '=', sql.ref<TScenario>(scenario))
    .where('f.period_id', '=', sql.ref<string>(periodId));

/** An assessment's narratives for a reader who may read them, which depends on the partnership's choice to share them. */
export const readableNarratives = (
  db: TExecutor,
  assessmentId: string,
  sharesWithBoard: string,
  mayRead: TDashboardQuarter['narratives'],
) =>
  jsonArrayFrom(
    narratives(db)
      .where('r.assessment_id', '=', sql.ref<string>(assessmentId))
      .where(
        sql<boolean>`CASE WHEN ${sql.ref(sharesWithBoard)} THEN ${mayRead.whenShared}::boolean ELSE ${mayRead.whenNotShared}::boolean END`,
      ),
  );

/** Per indicator of an assessment (the caller picks which): the mean of the scores given and how often "don't know" was said. */
function indicatorDetail(db: TExecutor) {
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
    .groupBy(['t.number', 'i.id', 'i.code', 'i.text_nl', 'i.text_en', 'i.position'])
    .orderBy('t.number')
    .orderBy('i.position');
}

/** The narratives worth showing of an assessment's responses (the caller picks which). */
function narratives(db: TExecutor) {
  return db
    .selectFrom('theme_note as n')
    .innerJoin('response as r', 'r.id', 'n.response_id')
    .select(['n.theme_number', 'r.respondent_name', 'n.evidence', 'n.next_step', 'n.priority'])
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
