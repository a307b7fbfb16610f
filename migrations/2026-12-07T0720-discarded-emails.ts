import { sql, type Kysely } from 'kysely';

// Frozen in time: an email that failed or bounced can be discarded by an admin on the queue's page; it
// stays on record (what was tried, and why it failed) but leaves the list of mail to look at.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE outgoing_email ADD COLUMN discarded_at timestamptz`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE outgoing_email DROP COLUMN discarded_at`.execute(db);
}
