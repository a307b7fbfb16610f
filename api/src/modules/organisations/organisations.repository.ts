import type { TOrganisationKind } from '@koers/shared/organisations';
import type { Executor } from '../../db/types.ts';

/** Organisations with the number of partnerships they take part in. */
function selectOrganisations(db: Executor) {
  return db
    .selectFrom('organisation as o')
    .leftJoin('partnership_member as m', 'm.organisation_id', 'o.id')
    .select((eb) => [
      'o.id',
      'o.name',
      'o.kind',
      'o.parent_id',
      eb.fn.count<string>('m.partnership_id').as('partnership_count'),
    ])
    .groupBy('o.id');
}

export async function listOrganisations(db: Executor, kind: TOrganisationKind | undefined) {
  let q = selectOrganisations(db).orderBy('o.kind').orderBy('o.name');
  if (kind) q = q.where('o.kind', '=', kind);
  return q.execute();
}

export async function findOrganisation(db: Executor, organisationId: string) {
  return selectOrganisations(db).where('o.id', '=', organisationId).executeTakeFirst();
}

export async function insertOrganisation(
  db: Executor,
  values: { name: string; kind: TOrganisationKind; parent_id: string | null },
) {
  return db.insertInto('organisation').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateOrganisation(
  db: Executor,
  organisationId: string,
  values: { name?: string; parent_id?: string | null },
) {
  const result = await db.updateTable('organisation').set(values).where('id', '=', organisationId).executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
