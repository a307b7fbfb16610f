import type { TAccess } from '@koers/shared/policy';
import type { TRoleAssignment } from '@koers/shared/roles';
import type { Executor } from '../../db/types.ts';

/** Role assignments of the given people, with the names of where they hold them. */
export async function listRoleAssignments(
  db: Executor,
  personIds: readonly string[],
): Promise<(TRoleAssignment & { personId: string })[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('role_assignment as r')
    .leftJoin('partnership as p', 'p.id', 'r.partnership_id')
    .leftJoin('organisation as o', 'o.id', 'r.organisation_id')
    .select([
      'r.id',
      'r.person_id',
      'r.role',
      'r.partnership_id',
      'p.name as partnership_name',
      'r.organisation_id',
      'o.name as organisation_name',
    ])
    .where('r.person_id', 'in', [...personIds])
    .orderBy('r.role')
    .orderBy('p.name')
    .orderBy('o.name')
    .execute();

  // The table's check constraint guarantees each role has exactly its own kind of place.
  return rows.map((row) => {
    const base = { id: row.id, personId: row.person_id };
    if (row.role === 'admin') return { ...base, role: 'admin' as const };
    if (row.role === 'board_member') {
      return {
        ...base,
        role: 'board_member' as const,
        organisationId: row.organisation_id ?? '',
        organisationName: row.organisation_name ?? '',
      };
    }
    return {
      ...base,
      role: row.role,
      partnershipId: row.partnership_id ?? '',
      partnershipName: row.partnership_name ?? '',
    };
  });
}

/** A person's roles, and the partnerships those roles let them reach. */
export async function loadRolesAndAccess(
  db: Executor,
  personId: string,
): Promise<{ roles: TRoleAssignment[]; access: TAccess }> {
  const roles = (await listRoleAssignments(db, [personId])).map(({ personId: _personId, ...role }) => role);
  const access: TAccess = { isAdmin: false, programmeManagerOf: [], criticalFriendOf: [], boardMemberOf: [] };
  const boardOrganisationIds: string[] = [];
  for (const role of roles) {
    if (role.role === 'admin') access.isAdmin = true;
    else if (role.role === 'board_member') boardOrganisationIds.push(role.organisationId);
    else if (role.role === 'programme_manager') access.programmeManagerOf.push(role.partnershipId);
    else access.criticalFriendOf.push(role.partnershipId);
  }
  if (boardOrganisationIds.length > 0) {
    const reached = await db
      .selectFrom('partnership_member')
      .select('partnership_id')
      .distinct()
      .where('organisation_id', 'in', boardOrganisationIds)
      .execute();
    access.boardMemberOf = reached.map((r) => r.partnership_id);
  }
  return { roles, access };
}
