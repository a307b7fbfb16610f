import { sql } from 'kysely';
import type { TBoardOverviewQuery } from '@koers/shared/dashboards';
import type { Executor } from '../../db/types.ts';
import { inScope, type TAccessScope } from '../auth/access-scope.ts';

/** A partnership's stored theme results for every submitted quarter, oldest first. */
export async function partnershipSummaries(db: Executor, partnershipId: string) {
  return db
    .selectFrom('theme_summary as s')
    .innerJoin('period as p', 'p.id', 's.period_id')
    .innerJoin('instrument_version as v', 'v.id', 's.instrument_version_id')
    .select([
      'p.id as period_id',
      'p.code as period_code',
      'p.opens_on',
      'v.version as instrument_version',
      's.assessment_id',
      's.theme_number',
      's.score',
      's.coverage',
      's.perspective_scores',
      's.perspective_spread',
      's.respondent_spread',
    ])
    .where('s.partnership_id', '=', partnershipId)
    .orderBy('p.opens_on')
    .orderBy('s.theme_number')
    .execute();
}

/** Median per theme of the other partnerships with the same scenario in that quarter. */
export async function peerMedians(db: Executor, partnershipId: string, scenario: 'A' | 'B' | 'C', periodId: string) {
  return db
    .selectFrom('theme_summary as s')
    .innerJoin('partnership as p', 'p.id', 's.partnership_id')
    .select([
      's.theme_number',
      (eb) => eb.fn.count<string>('s.partnership_id').as('peers'),
      sql<string>`percentile_cont(0.5) WITHIN GROUP (ORDER BY s.score)`.as('median'),
    ])
    .where('s.period_id', '=', periodId)
    .where('p.scenario', '=', scenario)
    .where('p.id', '<>', partnershipId)
    .where('s.score', 'is not', null)
    .groupBy('s.theme_number')
    .execute();
}

/** Per indicator of one assessment: the mean of the scores given and how often "don't know" was said. */
export async function indicatorDetail(db: Executor, assessmentId: string) {
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
    .execute();
}

export async function narratives(db: Executor, assessmentId: string) {
  return db
    .selectFrom('theme_note as n')
    .innerJoin('response as r', 'r.id', 'n.response_id')
    .select(['n.theme_number', 'r.respondent_name', 'n.evidence', 'n.next_step', 'n.priority'])
    .where('r.assessment_id', '=', assessmentId)
    .where((eb) => eb.or([eb('n.evidence', '<>', ''), eb('n.next_step', '<>', ''), eb('n.priority', '=', true)]))
    .orderBy('n.theme_number')
    .orderBy('r.created_at')
    .execute();
}

export async function timelineNotes(db: Executor, partnershipId: string) {
  return db
    .selectFrom('timeline_note as n')
    .innerJoin('person as p', 'p.id', 'n.author_id')
    .select(['n.id', 'n.noted_on', 'n.text', 'p.display_name as author'])
    .where('n.partnership_id', '=', partnershipId)
    .orderBy('n.noted_on')
    .execute();
}

export async function insertTimelineNote(
  db: Executor,
  values: { partnership_id: string; noted_on: string; text: string; author_id: string },
) {
  return db.insertInto('timeline_note').values(values).returning('id').executeTakeFirstOrThrow();
}

type Filters = Pick<TBoardOverviewQuery, 'sector' | 'scenario' | 'region'>;

function partnershipsInView(db: Executor, scope: TAccessScope, filters: Filters) {
  let q = db.selectFrom('partnership as p').where(inScope('p.id', scope));
  if (filters.sector) q = q.where('p.sector', '=', filters.sector);
  if (filters.scenario) q = q.where('p.scenario', '=', filters.scenario);
  if (filters.region) q = q.where('p.region', '=', filters.region);
  return q;
}

const THEME_COLUMNS = [1, 2, 3, 4, 5] as const;

/** One page of the heatmap: partnerships in view with their five theme scores for the quarter. */
export async function heatmapPage(
  db: Executor,
  scope: TAccessScope,
  query: TBoardOverviewQuery,
  periodId: string | null,
) {
  // Inside, a theme column is the select list's alias (t1..t5); outside, a column of the page.
  const sortColumn = (table: 'p' | 'h') => {
    const column = query.sort === 'name' ? 'name' : query.sort.replace('theme', 't');
    return sql.ref(table === 'p' && column !== 'name' ? column : `${table}.${column}`);
  };
  const direction = query.order === 'asc' ? sql`ASC NULLS LAST` : sql`DESC NULLS LAST`;
  const page = partnershipsInView(db, scope, query)
    .leftJoin('theme_summary as s', (join) =>
      join
        .onRef('s.partnership_id', '=', 'p.id')
        .on('s.period_id', '=', periodId ?? '00000000-0000-0000-0000-000000000000'),
    )
    .select([
      'p.id',
      'p.name',
      'p.region',
      'p.sector',
      'p.scenario',
      ...THEME_COLUMNS.map((t) => sql<string | null>`max(s.score) FILTER (WHERE s.theme_number = ${t})`.as(`t${t}`)),
      sql<boolean>`count(s.theme_number) > 0`.as('submitted'),
      sql<string>`count(*) OVER ()`.as('total'),
    ])
    .groupBy('p.id')
    .orderBy(sql`${sortColumn('p')} ${direction}`)
    .orderBy('p.name')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  // Open flags are counted for the page's rows only, not for every partnership in view.
  return db
    .selectFrom(page.as('h'))
    .selectAll('h')
    .select(
      sql<string>`(SELECT count(*) FROM flag f WHERE f.partnership_id = h.id AND f.status <> 'closed')`.as(
        'open_flags',
      ),
    )
    .orderBy(sql`${sortColumn('h')} ${direction}`)
    .orderBy('h.name')
    .execute();
}

/**
 * Average score per quarter and theme over the partnerships in view. The national view reads the running
 * sums per group (theme_average); a board member's handful of partnerships reads their summaries.
 */
export async function trendOfAverages(db: Executor, scope: TAccessScope, filters: Filters) {
  if (scope.kind === 'all') {
    let q = db
      .selectFrom('theme_average as t')
      .innerJoin('period as pe', 'pe.id', 't.period_id')
      .select([
        'pe.code',
        'pe.opens_on',
        't.theme_number',
        sql<string | null>`sum(t.score_sum) / NULLIF(sum(t.score_count), 0)`.as('average'),
        sql<string>`sum(t.score_count)`.as('scored'),
        sql<string>`sum(t.partnership_count)`.as('submitted'),
      ])
      .groupBy(['pe.id', 'pe.code', 'pe.opens_on', 't.theme_number'])
      .having(sql`sum(t.partnership_count)`, '>', 0)
      .orderBy('pe.opens_on')
      .orderBy('t.theme_number');
    if (filters.sector) q = q.where('t.sector', '=', filters.sector);
    if (filters.scenario) q = q.where('t.scenario', '=', filters.scenario);
    if (filters.region) q = q.where('t.region', '=', filters.region);
    return q.execute();
  }
  return partnershipsInView(db, scope, filters)
    .innerJoin('theme_summary as s', 's.partnership_id', 'p.id')
    .innerJoin('period as pe', 'pe.id', 's.period_id')
    .select([
      'pe.code',
      'pe.opens_on',
      's.theme_number',
      sql<string | null>`avg(s.score)`.as('average'),
      sql<string>`count(s.score)`.as('scored'),
      sql<string>`count(DISTINCT s.partnership_id)`.as('submitted'),
    ])
    .groupBy(['pe.id', 'pe.code', 'pe.opens_on', 's.theme_number'])
    .orderBy('pe.opens_on')
    .orderBy('s.theme_number')
    .execute();
}

export async function notSubmitted(db: Executor, scope: TAccessScope, filters: Filters, periodId: string) {
  return partnershipsInView(db, scope, filters)
    .select(['p.id', 'p.name'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('assessment as a')
            .select('a.id')
            .whereRef('a.partnership_id', '=', 'p.id')
            .where('a.period_id', '=', periodId)
            .where('a.status', '=', 'submitted'),
        ),
      ),
    )
    .orderBy('p.name')
    .limit(200)
    .execute();
}

/**
 * Periods with at least one submission in view, and the open ones (opened, due date not passed) even
 * without, newest first. `today` comes from the caller, which keys its cache on it.
 */
export async function boardPeriods(db: Executor, scope: TAccessScope, today: string) {
  const periods = db
    .selectFrom('period as pe')
    .select(({ exists, selectFrom }) => [
      'pe.id',
      'pe.code',
      'pe.opens_on',
      sql<boolean>`pe.opens_on <= ${today}::date AND pe.due_on >= ${today}::date`.as('open'),
      exists(
        selectFrom('assessment as a')
          .select('a.id')
          .whereRef('a.period_id', '=', 'pe.id')
          .where('a.status', '=', 'submitted')
          .where(inScope('a.partnership_id', scope)),
      ).as('has_submissions'),
    ]);
  return db
    .selectFrom(periods.as('q'))
    .selectAll('q')
    .where(({ or, ref }) => or([ref('q.open'), ref('q.has_submissions')]))
    .orderBy('q.opens_on', 'desc')
    .execute();
}

export async function regionsInView(db: Executor, scope: TAccessScope) {
  const rows = await db
    .selectFrom('partnership as p')
    .select('p.region')
    .distinct()
    .where(inScope('p.id', scope))
    .orderBy('p.region')
    .execute();
  return rows.map((r) => r.region);
}
