import type { TPartnershipListQuery } from '@koers/shared/partnerships';
import type { Executor } from '../../db/types.ts';

export async function listPartnerships(db: Executor, query: TPartnershipListQuery) {
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

export async function findPartnership(db: Executor, partnershipId: string) {
  return db
    .selectFrom('partnership')
    .select(['id', 'name', 'region', 'sector', 'scenario'])
    .where('id', '=', partnershipId)
    .executeTakeFirst();
}

export async function listMemberOrganisations(db: Executor, partnershipId: string) {
  return db
    .selectFrom('partnership_member as m')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.name', 'o.kind'])
    .where('m.partnership_id', '=', partnershipId)
    .orderBy('o.kind')
    .orderBy('o.name')
    .execute();
}
