import { type Expression, type SqlBool, sql } from 'kysely';
import type { TScenario } from '@koers/shared/partnerships';
import type { TExecutor } from '../../db/types.ts';
import { inScope, type TAccessScope } from '../auth/access-scope.ts';
import { selectApproaches } from './good-approaches.repository.ts';

// Finding approaches: the Dutch full-text search with its filters, and the suggestions on a flag's page.

/** Who may see which approaches, decided by the service from the person's access. */
export type TApproachVisibility =
  | { view: 'published' }
  | { view: 'mine'; personId: string }
  | { view: 'awaiting'; approverOf: 'all' | readonly string[] };

export type TApproachSearch = {
  q?: string;
  theme?: number;
  indicatorId?: string;
  scenario?: TScenario;
  page: number;
  pageSize: number;
};

/** A page of approaches; with words to search for, best match first (Dutch stemming), otherwise newest first. */
export async function searchApproaches(db: TExecutor, visibility: TApproachVisibility, search: TApproachSearch) {
  const query = search.q ? sql`websearch_to_tsquery('dutch', ${search.q})` : null;
  const filtered = selectApproaches(db).where((eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (visibility.view === 'published') conditions.push(eb('g.status', '=', 'published'));
    if (visibility.view === 'mine') conditions.push(eb('g.author_id', '=', visibility.personId));
    if (visibility.view === 'awaiting') {
      conditions.push(eb('g.status', '=', 'submitted'));
      if (visibility.approverOf !== 'all')
        conditions.push(sql<SqlBool>`g.partnership_id = ANY(${[...visibility.approverOf]}::uuid[])`);
    }
    if (query) conditions.push(sql<SqlBool>`g.search @@ ${query}`);
    if (search.theme !== undefined) {
      const theme = search.theme;
      conditions.push(
        eb.exists(
          eb
            .selectFrom('good_approach_theme as t')
            .select('t.theme_number')
            .whereRef('t.good_approach_id', '=', 'g.id')
            .where('t.theme_number', '=', theme),
        ),
      );
    }
    if (search.indicatorId) {
      const indicatorId = search.indicatorId;
      conditions.push(
        eb.exists(
          eb
            .selectFrom('good_approach_indicator as i')
            .select('i.indicator_id')
            .whereRef('i.good_approach_id', '=', 'g.id')
            .where('i.indicator_id', '=', indicatorId),
        ),
      );
    }
    if (search.scenario) conditions.push(eb('g.scenario', '=', search.scenario));
    return eb.and(conditions);
  });
  const [rows, count] = await Promise.all([
    (query ? filtered.orderBy(sql`ts_rank(g.search, ${query})`, 'desc') : filtered)
      .orderBy(sql`coalesce(g.published_at, g.updated_at)`, 'desc')
      .orderBy('g.id')
      .limit(search.pageSize)
      .offset((search.page - 1) * search.pageSize)
      .execute(),
    filtered
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/**
 * The published approaches on a theme, best match for a partnership first: the same scenario, then the
 * most indicators shared with `weakCodes`, then the newest.
 */
export async function approachesForTheme(
  db: TExecutor,
  theme: number,
  scenario: TScenario,
  weakCodes: readonly string[],
  limit: number,
) {
  const shared = sql<string[]>`array(
    SELECT i.code FROM good_approach_indicator gi JOIN indicator i ON i.id = gi.indicator_id
    WHERE gi.good_approach_id = g.id AND i.code = ANY(${[...weakCodes]}::text[]) ORDER BY i.code
  )`;
  return selectApproaches(db)
    .select([sql<boolean>`g.scenario IS NOT DISTINCT FROM ${scenario}`.as('same_scenario'), shared.as('shared_codes')])
    .where('g.status', '=', 'published')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('good_approach_theme as t')
          .select('t.theme_number')
          .whereRef('t.good_approach_id', '=', 'g.id')
          .where('t.theme_number', '=', theme),
      ),
    )
    .orderBy('same_scenario', 'desc')
    .orderBy(sql`cardinality(${shared})`, 'desc')
    .orderBy('g.published_at', 'desc')
    .orderBy('g.id')
    .limit(limit)
    .execute();
}

/**
 * The indicators that pull a partnership's theme down in a quarter: those whose mean answer is at or below
 * the theme's score (the mean of its indicators).
 */
export async function weakIndicatorCodes(db: TExecutor, partnershipId: string, periodId: string, theme: number) {
  const rows = await db
    .selectFrom('answer as an')
    .innerJoin('response as r', 'r.id', 'an.response_id')
    .innerJoin('assessment as s', 's.id', 'r.assessment_id')
    .innerJoin('indicator as i', 'i.id', 'an.indicator_id')
    .innerJoin('theme as t', 't.id', 'i.theme_id')
    .select('i.code')
    .where('s.partnership_id', '=', partnershipId)
    .where('s.period_id', '=', periodId)
    .where('t.number', '=', theme)
    .where('an.score', 'is not', null)
    .groupBy('i.code')
    .having(
      sql`avg(an.score)`,
      '<=',
      sql`(SELECT ts.score FROM theme_summary ts WHERE ts.partnership_id = ${partnershipId}
            AND ts.period_id = ${periodId} AND ts.theme_number = ${theme})`,
    )
    .orderBy('i.code')
    .execute();
  return rows.map((r) => r.code);
}

/** What a flag's suggestions depend on: its theme and quarter, and its partnership's scenario. */
export async function flagContext(db: TExecutor, scope: TAccessScope, flagId: string) {
  return db
    .selectFrom('flag as f')
    .innerJoin('partnership as p', 'p.id', 'f.partnership_id')
    .select(['f.partnership_id', 'f.period_id', 'f.theme_number', 'p.scenario'])
    .where('f.id', '=', flagId)
    .where(inScope('f.partnership_id', scope))
    .executeTakeFirst();
}
