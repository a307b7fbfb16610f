import { sql } from 'kysely';
import type { TGoodApproachStatus, TGoodApproachWrite } from '@koers/shared/good-approaches';
import type { TExecutor } from '../../db/types.ts';

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

/** The columns every answer about an approach reads, with its author's and partnership's names. */
export function selectApproaches(db: TExecutor) {
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
