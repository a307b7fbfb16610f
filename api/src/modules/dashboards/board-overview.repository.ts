import { sql } from 'kysely';
import type { TBoardOverviewQuery } from '@koers/shared/dashboards';
import type { TExecutor } from '../../db/types.ts';
import { inScope, type TAccessScope } from '../auth/access-scope.ts';

type TFilters = Pick<TBoardOverviewQuery, 'sector' | 'scenario' | 'region'>;

/**
 * Whose board overview: an admin's over every partnership, or a board member's over the partnerships their
 * school boards take part in, whose running sums are kept for that person (board_theme_average).
 */
export type TBoardScope = { kind: 'all' } | { kind: 'partnerships'; ids: readonly string[]; boardMemberId: string };

function partnershipsInView(db: TExecutor, scope: TAccessScope, filters: TFilters) {
  let q = db.selectFrom('partnership as p').where(inScope('p.id', scope));
  if (filters.sector) q = q.where('p.sector', '=', filters.sector);
  if (filters.scenario) q = q.where('p.scenario', '=', filters.scenario);
  if (filters.region) q = q.where('p.region', '=', filters.region);
  return q;
}

const THEME_COLUMNS = [1, 2, 3, 4, 5] as const;

/**
 * One page of the heatmap: partnerships in view with their five theme scores for the quarter and their
 * open flags. The page is chosen first, on the sort column alone (the name, or the one theme's score),
 * and only its rows are joined with their scores and flags: a page of 25 out of 10,000 partnerships
 * reads 25 partnerships' summaries, not all of them.
 */
export async function heatmapPage(
  db: TExecutor,
  scope: TAccessScope,
  query: TBoardOverviewQuery,
  periodId: string | null,
) {
  const period = periodId ?? '00000000-0000-0000-0000-000000000000';
  const sortTheme = query.sort === 'name' ? null : Number(query.sort.replace('theme', ''));
  const direction = query.order === 'asc' ? sql`ASC NULLS LAST` : sql`DESC NULLS LAST`;
  const page = partnershipsInView(db, scope, query)
    .leftJoin('theme_summary as k', (join) =>
      join
        .onRef('k.partnership_id', '=', 'p.id')
        .on('k.period_id', '=', period)
        .on('k.theme_number', '=', sortTheme ?? 0),
    )
    .select(['p.id', 'p.name', 'p.region', 'p.sector', 'p.scenario', 'k.score as sort_score'])
    .orderBy(sql`${sortTheme === null ? sql.ref('p.name') : sql.ref('k.score')} ${direction}`)
    .orderBy('p.name')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const inView = partnershipsInView(db, scope, query).select(sql<string>`count(*)`.as('total'));
  return db
    .selectFrom(page.as('h'))
    .leftJoin('theme_summary as s', (join) =>
      join.onRef('s.partnership_id', '=', 'h.id').on('s.period_id', '=', period),
    )
    .select([
      'h.id',
      'h.name',
      'h.region',
      'h.sector',
      'h.scenario',
      ...THEME_COLUMNS.map((t) => sql<string | null>`max(s.score) FILTER (WHERE s.theme_number = ${t})`.as(`t${t}`)),
      sql<boolean>`count(s.theme_number) > 0`.as('submitted'),
      inView.as('total'),
      sql<string>`(SELECT count(*) FROM flag f WHERE f.partnership_id = h.id AND f.status <> 'closed')`.as(
        'open_flags',
      ),
    ])
    .groupBy(['h.id', 'h.name', 'h.region', 'h.sector', 'h.scenario', 'h.sort_score'])
    .orderBy(sql`${sortTheme === null ? sql.ref('h.name') : sql.ref('h.sort_score')} ${direction}`)
    .orderBy('h.name')
    .execute();
}

/**
 * Average score per quarter and theme over the partnerships in view, from running sums kept per group
 * (sector, scenario, region): the national ones (theme_average) or the board member's own
 * (board_theme_average). A few thousand rows at most, however many partnerships are in view.
 */
export async function trendOfAverages(db: TExecutor, scope: TBoardScope, filters: TFilters) {
  let q = keptSums(db, scope)
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

/** The running sums a scope reads: both tables have the same columns, the board member's one more key. */
function keptSums(db: TExecutor, scope: TBoardScope) {
  return scope.kind === 'all'
    ? db.selectFrom('theme_average as t')
    : db.selectFrom('board_theme_average as t').where('t.person_id', '=', scope.boardMemberId);
}

export async function notSubmitted(db: TExecutor, scope: TAccessScope, filters: TFilters, periodId: string) {
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
 * without, newest first. `today` comes from the caller: cached answers are kept per date. The kept sums
 * say which quarters have submissions (a few thousand rows at most, however many partnerships there are).
 */
export async function boardPeriods(db: TExecutor, scope: TBoardScope, today: string) {
  const periods = db.selectFrom('period as pe').select((eb) => [
    'pe.id',
    'pe.code',
    'pe.opens_on',
    sql<boolean>`pe.opens_on <= ${today}::date AND pe.due_on >= ${today}::date`.as('open'),
    // One probe per quarter into the kept sums' primary key (which starts with the quarter, or with the
    // board member and then the quarter) instead of reading all their rows.
    eb
      .exists(
        keptSums(db, scope)
          .select('t.period_id')
          .where('t.period_id', '=', sql.ref<string>('pe.id'))
          .where('t.partnership_count', '>', 0),
      )
      .as('has_submissions'),
  ]);
  return db
    .selectFrom(periods.as('q'))
    .selectAll('q')
    .where(({ or, ref }) => or([ref('q.open'), ref('q.has_submissions')]))
    .orderBy('q.opens_on', 'desc')
    .execute();
}

export async function regionsInView(db: TExecutor, scope: TAccessScope) {
  if (scope.kind === 'all') {
    // Thousands of partnerships share a dozen regions: from the index, one step from each region to the
    // next (a loose index scan) instead of reading every partnership.
    const { rows } = await sql<{ region: string }>`
      WITH RECURSIVE r AS (
        SELECT min(region) AS region FROM partnership
        UNION ALL
        SELECT (SELECT min(p.region) FROM partnership p WHERE p.region > r.region) FROM r WHERE r.region IS NOT NULL
      )
      SELECT region FROM r WHERE region IS NOT NULL
    `.execute(db);
    return rows.map((r) => r.region);
  }
  const rows = await db
    .selectFrom('partnership as p')
    .select('p.region')
    .distinct()
    .where(inScope('p.id', scope))
    .orderBy('p.region')
    .execute();
  return rows.map((r) => r.region);
}
