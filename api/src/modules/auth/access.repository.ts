import type { TAccess } from '@koers/shared/policy';
import type { TRoleAssignment } from '@koers/shared/roles';
import type { Pool } from 'pg';
import type { TSignInMethod } from '../../db/schema/people.ts';
import { PREPARED_MARK } from '../../db/statement-cache.ts';
import type { TExecutor } from '../../db/types.ts';

/** Role assignments of the given people, with the names of where they hold them. */
export async function listRoleAssignments(
  db: TExecutor,
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

  return rows.map((row) => ({ ...toRoleAssignment(row), personId: row.person_id }));
}

type TRoleRow = {
  id: string;
  role: TRoleAssignment['role'];
  partnership_id: string | null;
  partnership_name: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
};

// The table's check constraint guarantees each role has exactly its own kind of place.
function toRoleAssignment(row: TRoleRow): TRoleAssignment {
  if (row.role === 'admin') return { id: row.id, role: 'admin' };
  if (row.role === 'board_member') {
    return {
      id: row.id,
      role: 'board_member',
      organisationId: row.organisation_id ?? '',
      organisationName: row.organisation_name ?? '',
    };
  }
  return {
    id: row.id,
    role: row.role,
    partnershipId: row.partnership_id ?? '',
    partnershipName: row.partnership_name ?? '',
  };
}

/** What a person's roles let them reach; board members reach the partnerships their organisations are in. */
function accessOf(roles: readonly TRoleAssignment[], boardPartnershipIds: readonly string[]): TAccess {
  return {
    isAdmin: roles.some((r) => r.role === 'admin'),
    programmeManagerOf: roles.flatMap((r) => (r.role === 'programme_manager' ? [r.partnershipId] : [])),
    criticalFriendOf: roles.flatMap((r) => (r.role === 'critical_friend' ? [r.partnershipId] : [])),
    boardMemberOf: [...boardPartnershipIds],
  };
}

const LIVE_SESSIONS = `
  SELECT s.token_hash, s.person_id, p.email, p.display_name, s.sign_in_method,
    s.last_seen_at < now() - interval '1 minute' AS stale,
    EXISTS (SELECT 1 FROM totp_factor t WHERE t.person_id = s.person_id AND t.confirmed_at IS NOT NULL)
      AS second_factor_enrolled,
    COALESCE((SELECT version::text FROM data_version WHERE scope = 'access:' || s.person_id), '0') AS access_version
  FROM session s JOIN person p ON p.id = s.person_id
  WHERE s.token_hash = ANY($1::text[])
    AND s.expires_at > now()
    AND s.last_seen_at > now() - make_interval(mins => $2)
    AND NOT s.second_factor_pending
    AND p.status = 'active' ${PREPARED_MARK}`;

export type TLiveSession = {
  personId: string;
  email: string;
  displayName: string;
  signInMethod: TSignInMethod;
  /** A confirmed authenticator app, which admins who sign in with a password need. */
  secondFactorEnrolled: boolean;
  /** Not seen for a minute: its idle clock is due to be written. */
  stale: boolean;
  /** The version of the person's access scope as this lookup saw it: it moves when their roles change. */
  accessVersion: string;
};

/**
 * The people behind live sessions (within both timeouts, active), by token hash, and the version of what
 * their roles let them reach. This runs for (nearly) every request (so it runs prepared),
 * and it takes several sessions at once: requests that arrive together share one query.
 */
export async function findLiveSessions(
  pool: Pool,
  tokenHashes: readonly string[],
  idleMinutes: number,
): Promise<Map<string, TLiveSession>> {
  const { rows } = await pool.query<{
    token_hash: string;
    person_id: string;
    email: string | null;
    display_name: string;
    sign_in_method: TSignInMethod;
    stale: boolean;
    second_factor_enrolled: boolean;
    access_version: string;
  }>(LIVE_SESSIONS, [tokenHashes, idleMinutes]);
  const sessions = new Map<string, TLiveSession>();
  for (const row of rows) {
    if (!row.email) continue;
    sessions.set(row.token_hash, {
      personId: row.person_id,
      email: row.email,
      displayName: row.display_name,
      signInMethod: row.sign_in_method,
      secondFactorEnrolled: row.second_factor_enrolled,
      stale: row.stale,
      accessVersion: row.access_version,
    });
  }
  return sessions;
}

/** A person's roles, and the partnerships those roles let them reach. */
export async function loadRolesAndAccess(
  db: TExecutor,
  personId: string,
): Promise<{ roles: TRoleAssignment[]; access: TAccess }> {
  const roles = (await listRoleAssignments(db, [personId])).map(({ personId: _personId, ...role }) => role);
  const boardOrganisationIds = roles.flatMap((r) => (r.role === 'board_member' ? [r.organisationId] : []));
  const reached =
    boardOrganisationIds.length === 0
      ? []
      : await db
          .selectFrom('partnership_member')
          .select('partnership_id')
          .distinct()
          .where('organisation_id', 'in', boardOrganisationIds)
          .execute();
  return {
    roles,
    access: accessOf(
      roles,
      reached.map((r) => r.partnership_id),
    ),
  };
}

/** What a route's path can name, and whose partnership it belongs to. */
export type TOwnedResource = 'assessment' | 'flag' | 'action';

/** The partnerships of the given assessments, flags or actions, by id; ids without a row are left out. */
export async function partnershipsOfResources(
  db: TExecutor,
  resource: TOwnedResource,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom(resource)
    .select(['id', 'partnership_id'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, row.partnership_id]));
}
