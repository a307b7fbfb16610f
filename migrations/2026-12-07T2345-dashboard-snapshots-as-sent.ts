import { sql, type Kysely } from 'kysely';

// Frozen in time: a kept dashboard holds all but its themes, peers and narratives as the gzip answer's
// deflate data (with the checksum and length of what it holds), which a read sends on without parsing,
// writing and compressing it again, and its themes apart, which each read completes with their peer
// medians. Renderings of the format before are deleted; the job renders them again.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM dashboard_snapshot`.execute(db);
  await sql`
    ALTER TABLE dashboard_snapshot
      DROP COLUMN body,
      ADD COLUMN themes json NOT NULL,
      ADD COLUMN body bytea NOT NULL,
      ADD COLUMN body_crc bigint NOT NULL,
      ADD COLUMN body_length integer NOT NULL
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM dashboard_snapshot`.execute(db);
  await sql`
    ALTER TABLE dashboard_snapshot
      DROP COLUMN themes,
      DROP COLUMN body,
      DROP COLUMN body_crc,
      DROP COLUMN body_length,
      ADD COLUMN body json NOT NULL
  `.execute(db);
}
