import { type Expression, type SqlBool, sql } from 'kysely';
import type { TGoodApproachStatus, TGoodApproachWrite } from '@koers/shared/good-approaches';
import type { TScenario } from '@koers/shared/partnerships';
import type { TExecutor } from '../../db/types.ts';
import { inScope, type TAccessScope } from '../auth/access-scope.ts';

const APPROACH_COLUMNS = [
  'g.id',
  'g.title',
  'g.context',
  'g.what_we_did',
  'g.what_it_brought',
  'g.what_it_took',
  'g.contact',
  'g.scenario',
  'g.partnership_id',
  'p.name as partnership_name',
  'g.author_id',
  'a.display_name as author_name',
  'g.status',
  'g.review_comment',
  'g.published_at',
  'g.updated_at',
] as const;

function selectApproaches(db: TExecutor) {
  return db
    .selectFrom('good_approach as g')
    .innerJoin('person as a', 'a.id', 'g.author_id')
    .leftJoin('partnership as p', 'p.id', 'g.partnership_id')
    .select(APPROACH_COLUMNS);
}

export type TApproachRow = Awaited<ReturnType<ReturnType<typeof selectApproaches>['executeTakeFirstOrThrow']>>;

export async function findApproach(db: TExecutor, id: string) {
  return selectApproaches(db).where('g.id', '=', id).executeTakeFirst();
}

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

export async function approachTags(db: TExecutor, ids: readonly string[]) {
  if (ids.length === 0) return { themes: [], indicators: [] };
  const [themes, indicators] = await Promise.all([
    db
      .selectFrom('good_approach_theme')
      .select(['good_approach_id', 'theme_number'])
      .where('good_approach_id', 'in', [...ids])
      .orderBy('theme_number')
      .execute(),
    db
      .selectFrom('good_approach_indicator as gi')
      .innerJoin('indicator as i', 'i.id', 'gi.indicator_id')
      .select(['gi.good_approach_id', 'i.id', 'i.code'])
      .where('gi.good_approach_id', 'in', [...ids])
      .orderBy('i.code')
      .execute(),
  ]);
  return { themes, indicators };
}

export type TApproachTags = Awaited<ReturnType<typeof approachTags>>;

/** Ids among `ids` that are indicators of the current (newest published) instrument. */
export async function currentIndicatorIds(db: TExecutor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('indicator as i')
    .innerJoin('theme as t', 't.id', 'i.theme_id')
    .select('i.id')
    .where('i.id', 'in', [...ids])
    .where('t.instrument_version_id', '=', (eb) =>
      eb
        .selectFrom('instrument_version')
        .select('id')
        .where('status', '=', 'published')
        .orderBy('version', 'desc')
        .limit(1),
    )
    .execute();
  return rows.map((r) => r.id);
}

type TApproachTexts = Omit<TGoodApproachWrite, 'themes' | 'indicatorIds' | 'asDraft'>;

const columnsOf = (input: TApproachTexts) => ({
  title: input.title,
  context: input.context,
  what_we_did: input.whatWeDid,
  what_it_brought: input.whatItBrought,
  what_it_took: input.whatItTook,
  contact: input.contact,
  scenario: input.scenario,
  partnership_id: input.partnershipId,
});

export async function insertApproach(
  db: TExecutor,
  input: TApproachTexts,
  authorId: string,
  status: TGoodApproachStatus,
) {
  return db
    .insertInto('good_approach')
    .values({
      ...columnsOf(input),
      author_id: authorId,
      status,
      published_at: status === 'published' ? sql<Date>`now()` : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateApproach(db: TExecutor, id: string, input: TApproachTexts, status: TGoodApproachStatus) {
  await db
    .updateTable('good_approach')
    .set({
      ...columnsOf(input),
      status,
      published_at: status === 'published' ? sql<Date>`coalesce(published_at, now())` : null,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .execute();
}

/** Replaces an approach's themes and indicators. */
export async function setTags(db: TExecutor, id: string, themes: readonly number[], indicatorIds: readonly string[]) {
  await db.deleteFrom('good_approach_theme').where('good_approach_id', '=', id).execute();
  await db.deleteFrom('good_approach_indicator').where('good_approach_id', '=', id).execute();
  await db
    .insertInto('good_approach_theme')
    .values(themes.map((theme_number) => ({ good_approach_id: id, theme_number })))
    .execute();
  if (indicatorIds.length > 0)
    await db
      .insertInto('good_approach_indicator')
      .values(indicatorIds.map((indicator_id) => ({ good_approach_id: id, indicator_id })))
      .execute();
}

/**
 * Moves an approach on from the status it was read in; answers whether it did, so two approvers at once
 * cannot both decide.
 */
export async function moveApproach(
  db: TExecutor,
  id: string,
  from: TGoodApproachStatus,
  change: { status: TGoodApproachStatus; reviewedBy?: string; reviewComment?: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('good_approach')
    .set({
      status: change.status,
      published_at: change.status === 'published' ? sql<Date>`now()` : sql<Date | null>`published_at`,
      updated_at: sql<Date>`now()`,
      ...(change.reviewedBy
        ? {
            reviewed_by: change.reviewedBy,
            reviewed_at: sql<Date>`now()`,
            review_comment: change.reviewComment ?? null,
          }
        : {}),
    })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** An erased author's approaches keep their content (the partnership's knowledge) but lose the contact. */
export async function forgetAuthorContact(db: TExecutor, personId: string) {
  await db.updateTable('good_approach').set({ contact: '' }).where('author_id', '=', personId).execute();
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

/** Everything a person wrote as good approaches, for their own data export. */
export async function approachesByAuthor(db: TExecutor, personId: string) {
  return db
    .selectFrom('good_approach as g')
    .leftJoin('partnership as p', 'p.id', 'g.partnership_id')
    .select([
      'g.id',
      'p.name as partnership_name',
      'g.title',
      'g.context',
      'g.what_we_did',
      'g.what_it_brought',
      'g.what_it_took',
      'g.contact',
      'g.status',
      'g.created_at',
      'g.updated_at',
    ])
    .where('g.author_id', '=', personId)
    .orderBy('g.created_at')
    .execute();
}
