import { sql, type Kysely } from 'kysely';
import type { TOrganisationKind } from '@koers/shared/organisations';
import type { Database } from '../db/schema.ts';
import { DEMO_PARTNERSHIPS } from './demo-partnerships.ts';

// Any constant shared by every instance: it serialises concurrent first starts on one database.
const DEMO_SEED_LOCK = 0x6b6f6572; // "koer"

/**
 * Loads the demo partnerships into an empty database, in one transaction. Returns false when the
 * database already holds partnerships: demo data never mixes with, or overwrites, real data.
 */
export async function seedDemoData(db: Kysely<Database>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${DEMO_SEED_LOCK})`.execute(trx);
    const existing = await trx.selectFrom('partnership').select('id').limit(1).executeTakeFirst();
    if (existing) return false;

    const organisationIds = new Map<string, string>();
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
    return true;
  });
}
