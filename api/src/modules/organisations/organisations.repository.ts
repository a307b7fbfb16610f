import type { TOrganisationKind } from '@koers/shared/organisations';
import type { TExecutor } from '../../db/types.ts';

/** Organisations with the number of partnerships they take part in. */
function selectOrganisations(db: TExecutor) {
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

export async function listOrganisations(db: TExecutor, kind: TOrganisationKind | undefined) {
  let q = selectOrganisations(db).orderBy('o.kind').orderBy('o.name');
  if (kind) q = q.where('o.kind', '=', kind);
  return q.execute();
}

export async function findOrganisation(db: TExecutor, organisationId: string) {
  return selectOrganisations(db).where('o.id', '=', organisationId).executeTakeFirst();
}

export async function insertOrganisation(
  db: TExecutor,
  values: { name: string; kind: TOrganisationKind; parent_id: string | null },
) {
  return db.insertInto('organisation').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateOrganisation(
  db: TExecutor,
  organisationId: string,
  values: { name?: string; parent_id?: string | null },
) {
  const result = await db.updateTable('organisation').set(values).where('id', '=', organisationId).executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
