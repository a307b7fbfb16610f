import { sql, type Kysely } from 'kysely';
import type { TOrganisationKind } from '@koers/shared/organisations';
import type { TDatabase } from '../db/schema.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import { DEMO_PARTNERSHIPS } from './demo-partnerships.ts';
import { seedDemoGoodApproaches } from './demo-good-approaches.ts';
import { seedDemoHistory } from './demo-history.ts';
import { seedDemoIntervision } from './demo-intervision.ts';
import { seedDemoPortraits } from './demo-portraits.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, OTHER_DEMO_PEOPLE } from './demo-people.ts';

// Any constant shared by every instance: it serialises concurrent first starts on one database.
const DEMO_SEED_LOCK = 0x6b6f6572; // "koer"

/**
 * Loads the demo partnerships into an empty database, in one transaction. Returns false when the
 * database already holds partnerships: demo data never mixes with, or overwrites, real data.
 */
export async function seedDemoData(db: Kysely<TDatabase>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    // Another instance may be loading the demo right now, which takes longer than requests may wait for a
    // lock (the pool's lock_timeout): a start waits for it to finish, then finds the partnerships there.
    await sql`SET LOCAL lock_timeout = '120s'`.execute(trx);
    await sql`SELECT pg_advisory_xact_lock(${DEMO_SEED_LOCK})`.execute(trx);
    const existing = await trx.selectFrom('partnership').select('id').limit(1).executeTakeFirst();
    if (existing) return false;

    const partnershipIds = new Map<string, string>();
    const organisationIds = new Map<string, string>();
    const managerIds = new Map<string, { id: string; name: string }>();
    const organisation = async (name: string, kind: TOrganisationKind, parentId: string | null = null) => {
      const known = organisationIds.get(name);
      if (known) return known;
      const { id } = await trx
        .insertInto('organisation')
        .values({ name, kind, parent_id: parentId })
        .returning('id')
        .executeTakeFirstOrThrow();
      organisationIds.set(name, id);
      return id;
    };

    for (const demo of DEMO_PARTNERSHIPS) {
      const { id: partnershipId } = await trx
        .insertInto('partnership')
        .values({ name: demo.name, region: demo.region, sector: demo.sector, scenario: demo.scenario })
        .returning('id')
        .executeTakeFirstOrThrow();
      partnershipIds.set(demo.name, partnershipId);
      const memberIds: string[] = [];
      for (const institute of demo.institutes) memberIds.push(await organisation(institute, 'institute'));
      for (const board of demo.boards) {
        const boardId = await organisation(board.name, 'school_board');
        memberIds.push(boardId);
        for (const school of board.schools) memberIds.push(await organisation(school, 'school', boardId));
      }
      await trx
        .insertInto('partnership_member')
        .values(memberIds.map((organisation_id) => ({ partnership_id: partnershipId, organisation_id })))
        .execute();
    }

    // One hash for all: argon2 is slow on purpose, and every demo account shares the password.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const demo of [...DEMO_ACCOUNTS, ...OTHER_DEMO_PEOPLE]) {
      const { id: personId } = await trx
        .insertInto('person')
        .values({ email: demo.email, display_name: demo.displayName, password_hash: passwordHash, status: 'active' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const places =
        demo.role === 'admin'
          ? [{}]
          : demo.role === 'board_member'
            ? [{ organisation_id: organisationIds.get(demo.organisation ?? '') }]
            : (demo.partnerships ?? []).map((name) => ({ partnership_id: partnershipIds.get(name) }));
      for (const place of places) {
        if (Object.values(place).some((id) => id === undefined))
          throw new Error(`demo data: unknown place for ${demo.email}`);
        await trx
          .insertInto('role_assignment')
          .values({ person_id: personId, role: demo.role, ...place })
          .execute();
      }
      if (demo.role === 'programme_manager') {
        for (const name of demo.partnerships ?? []) {
          if (!managerIds.has(name)) managerIds.set(name, { id: personId, name: demo.displayName });
        }
      }
    }

    const memberRows = await trx
      .selectFrom('partnership_member as m')
      .innerJoin('partnership as p', 'p.id', 'm.partnership_id')
      .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
      .select(['p.name as partnership', 'o.id', 'o.kind'])
      .orderBy('o.name')
      .execute();
    const members = new Map<string, { id: string; kind: TOrganisationKind }[]>();
    for (const row of memberRows)
      members.set(row.partnership, [...(members.get(row.partnership) ?? []), { id: row.id, kind: row.kind }]);
    await seedDemoHistory(trx, { partnershipIds, managerIds, members });
    await seedDemoIntervision(trx);
    await seedDemoPortraits(trx, { partnershipIds, managerIds });
    await seedDemoGoodApproaches(trx);
    return true;
  });
}
