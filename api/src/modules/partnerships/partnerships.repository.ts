import type { TPartnershipListQuery } from '@koers/shared/partnerships';
import { PREPARED } from '../../db/statement-cache.ts';
import type { TExecutor } from '../../db/types.ts';
import { inScope, type TAccessScope } from '../auth/access-scope.ts';

export async function listPartnerships(db: TExecutor, scope: TAccessScope, query: TPartnershipListQuery) {
  let q = db
    .selectFrom('partnership as p')
    .leftJoin('partnership_member as m', 'm.partnership_id', 'p.id')
    .select((eb) => [
      'p.id',
      'p.name',
      'p.region',
      'p.sector',
      'p.scenario',
      eb.fn.count<string>('m.organisation_id').as('member_count'),
    ])
    .where(inScope('p.id', scope))
    .groupBy('p.id')
    .orderBy('p.name');
  if (query.sector) q = q.where('p.sector', '=', query.sector);
  if (query.scenario) q = q.where('p.scenario', '=', query.scenario);
  if (query.search) {
    const pattern = `%${query.search.replace(/[\\%_]/g, (c: string) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('p.name', 'ilike', pattern), eb('p.region', 'ilike', pattern)]));
  }
  return q.execute();
}

/** One partnership within the scope: a query, so a larger statement can hold it. */
export function selectPartnership(db: TExecutor, scope: TAccessScope, partnershipId: string) {
  return db
    .selectFrom('partnership as p')
    .select(['p.id', 'p.name', 'p.region', 'p.sector', 'p.scenario', 'p.shares_with_board'])
    .where('p.id', '=', partnershipId)
    .where(inScope('p.id', scope));
}

export async function findPartnership(db: TExecutor, scope: TAccessScope, partnershipId: string) {
  return selectPartnership(db, scope, partnershipId).modifyEnd(PREPARED).executeTakeFirst();
}

export async function listMemberOrganisations(db: TExecutor, partnershipId: string) {
  return db
    .selectFrom('partnership_member as m')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.name', 'o.kind'])
    .where('m.partnership_id', '=', partnershipId)
    .orderBy('o.kind')
    .orderBy('o.name')
    .execute();
}

export type TPartnershipValues = {
  name: string;
  region: string;
  sector: 'po' | 'vo' | 'mbo';
  scenario: 'A' | 'B' | 'C';
};

export async function insertPartnership(db: TExecutor, values: TPartnershipValues) {
  return db.insertInto('partnership').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updatePartnership(db: TExecutor, partnershipId: string, values: Partial<TPartnershipValues>) {
  const result = await db.updateTable('partnership').set(values).where('id', '=', partnershipId).executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function replaceMembers(db: TExecutor, partnershipId: string, organisationIds: readonly string[]) {
  await db.deleteFrom('partnership_member').where('partnership_id', '=', partnershipId).execute();
  if (organisationIds.length === 0) return;
  await db
    .insertInto('partnership_member')
    .values(organisationIds.map((organisation_id) => ({ partnership_id: partnershipId, organisation_id })))
    .execute();
}

export async function listPeopleOfPartnership(db: TExecutor, partnershipId: string) {
  return (
    db
      .selectFrom('role_assignment as r')
      .innerJoin('person as p', 'p.id', 'r.person_id')
      .select(['p.id', 'p.display_name', 'r.role'])
      .where('r.partnership_id', '=', partnershipId)
      .where('p.status', '=', 'active')
      // The enum's order: programme managers before critical friends.
      .orderBy('r.role')
      .orderBy('p.display_name')
      .execute()
  );
}
