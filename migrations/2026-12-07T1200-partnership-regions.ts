import { sql, type Kysely } from 'kysely';

// Frozen in time: the partnerships' regions in an index. The board overview lists the regions to filter
// on; over 10,000 partnerships it read every one of them for a dozen distinct regions, and from this
// index it takes one step per region (see regionsInView).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX partnership_region_idx ON partnership (region)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX partnership_region_idx`.execute(db);
}
