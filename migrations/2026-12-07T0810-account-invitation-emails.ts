import { type Kysely, sql } from 'kysely';

// Frozen in time: invitations to an account made by a spreadsheet import go through the outbox, so they
// leave only once the import committed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE outgoing_email DROP CONSTRAINT outgoing_email_kind_check`.execute(db);
  await sql`
    ALTER TABLE outgoing_email ADD CONSTRAINT outgoing_email_kind_check
      CHECK (kind IN ('respondent_invitation', 'respondent_reminder', 'open_perspectives_reminder', 'notice', 'weekly_digest', 'account_invitation'))
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM outgoing_email WHERE kind = 'account_invitation'`.execute(db);
  await sql`ALTER TABLE outgoing_email DROP CONSTRAINT outgoing_email_kind_check`.execute(db);
  await sql`
    ALTER TABLE outgoing_email ADD CONSTRAINT outgoing_email_kind_check
      CHECK (kind IN ('respondent_invitation', 'respondent_reminder', 'open_perspectives_reminder', 'notice', 'weekly_digest'))
  `.execute(db);
}
