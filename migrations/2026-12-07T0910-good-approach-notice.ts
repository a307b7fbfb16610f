import { sql, type Kysely } from 'kysely';

// Frozen in time: a notice to a partnership's critical friends that a good approach of its programme
// manager waits for their approval.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TYPE notice_kind ADD VALUE IF NOT EXISTS 'good_approach_submitted'`.execute(db);
}

// PostgreSQL cannot drop a value from an enum: the notices of this kind go, the value stays unused.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM notice WHERE kind::text = 'good_approach_submitted'`.execute(db);
  await sql`DELETE FROM notice_preference WHERE kind::text = 'good_approach_submitted'`.execute(db);
}
