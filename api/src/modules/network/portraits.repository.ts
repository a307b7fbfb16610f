import { sql } from 'kysely';
import type { TNetworkQuery, TSizeBand } from '@koers/shared/network';
import type { TOrganisationKind } from '@koers/shared/organisations';
import type { TExecutor } from '../../db/types.ts';

/**
 * A portrait with what the partnership itself says about it (scenario, sector, members) and its contact
 * person's name. The contact is the chosen programme manager while they still are one, otherwise any
 * active programme manager of the partnership: a portrait never points at someone who left.
 */
function selectPortraits(db: TExecutor) {
  return db
    .selectFrom('network_portrait as np')
    .innerJoin('partnership as p', 'p.id', 'np.partnership_id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('role_assignment as r')
          .innerJoin('person as c', 'c.id', 'r.person_id')
          .select(['c.id as contact_id', 'c.display_name as contact_name', 'c.email as contact_email'])
          .whereRef('r.partnership_id', '=', 'np.partnership_id')
          .where('r.role', '=', 'programme_manager')
          .where('c.status', '=', 'active')
          .orderBy(sql`c.id = np.contact_person_id`, 'desc')
          .orderBy('c.display_name')
          .limit(1)
          .as('contact'),
      (join) => join.onTrue(),
    )
    .select([
      'np.partnership_id',
      'p.name',
      'p.region',
      'p.sector',
      'p.scenario',
      'np.description',
      'np.size_band',
      'np.themes_now',
      'np.themes_offered',
      'np.contact_person_id',
      'np.published_at',
      'np.updated_at',
      'contact.contact_id',
      'contact.contact_name',
      'contact.contact_email',
    ])
    .select(
      sql<{ id: string; name: string; kind: TOrganisationKind }[]>`(
        SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) ORDER BY o.name), '[]')
        FROM partnership_member m JOIN organisation o ON o.id = m.organisation_id
        WHERE m.partnership_id = np.partnership_id
      )`.as('members'),
    );
}

export type TPortraitRow = Awaited<ReturnType<typeof findPortrait>> & object;

/** A partnership's portrait, published or not: callers decide who may read a draft. */
export async function findPortrait(db: TExecutor, partnershipId: string) {
  return selectPortraits(db).where('np.partnership_id', '=', partnershipId).executeTakeFirst();
}

export async function findPublishedPortrait(db: TExecutor, partnershipId: string) {
  return selectPortraits(db)
    .where('np.partnership_id', '=', partnershipId)
    .where('np.published_at', 'is not', null)
    .executeTakeFirst();
}

export async function listPublishedPortraits(db: TExecutor, query: TNetworkQuery) {
  let q = selectPortraits(db).where('np.published_at', 'is not', null);
  if (query.scenario) q = q.where('p.scenario', '=', query.scenario);
  if (query.sector) q = q.where('p.sector', '=', query.sector);
  if (query.theme) q = q.where(sql<boolean>`np.themes_offered @> ARRAY[${query.theme}]::smallint[]`);
  return q.orderBy('p.name').execute();
}

export type TPortraitValues = {
  description: string;
  sizeBand: TSizeBand;
  themesNow: number[];
  themesOffered: number[];
  contactPersonId: string;
};

export async function savePortrait(db: TExecutor, partnershipId: string, values: TPortraitValues, personId: string) {
  const row = {
    description: values.description,
    size_band: values.sizeBand,
    themes_now: values.themesNow,
    themes_offered: values.themesOffered,
    contact_person_id: values.contactPersonId,
    updated_by: personId,
  };
  await db
    .insertInto('network_portrait')
    .values({ partnership_id: partnershipId, ...row })
    .onConflict((oc) => oc.column('partnership_id').doUpdateSet({ ...row, updated_at: sql<Date>`now()` }))
    .execute();
}

/** Publishes or takes off the network; false when there is no portrait or nothing changes. */
export async function setPublished(db: TExecutor, partnershipId: string, published: boolean, personId: string) {
  const result = await db
    .updateTable('network_portrait')
    .set({ published_at: published ? sql<Date>`now()` : null, updated_by: personId, updated_at: sql<Date>`now()` })
    .where('partnership_id', '=', partnershipId)
    .where('published_at', published ? 'is' : 'is not', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Whether the person is an active programme manager of the partnership: who a portrait may name. */
export async function isProgrammeManagerOf(db: TExecutor, personId: string, partnershipId: string) {
  const row = await db
    .selectFrom('role_assignment as r')
    .innerJoin('person as c', 'c.id', 'r.person_id')
    .select('r.id')
    .where('r.person_id', '=', personId)
    .where('r.partnership_id', '=', partnershipId)
    .where('r.role', '=', 'programme_manager')
    .where('c.status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}
