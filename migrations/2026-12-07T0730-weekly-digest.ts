import { sql, type Kysely } from 'kysely';

// Frozen in time: a person may take their notices by email once a week (a digest of the flags raised and
// the actions due in their partnerships) instead of one email per notice. A row per person and week is
// what makes each digest go out once, however many instances run the schedule and however often.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE notice_digest_choice (
      person_id uuid PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
      chosen_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  await sql`
    CREATE TABLE weekly_digest (
      person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
      week_of date NOT NULL,
      sent_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (person_id, week_of)
    )
  `.execute(db);
  await sql`ALTER TABLE outgoing_email DROP CONSTRAINT outgoing_email_kind_check`.execute(db);
  await sql`
    ALTER TABLE outgoing_email ADD CONSTRAINT outgoing_email_kind_check
      CHECK (kind IN ('respondent_invitation', 'respondent_reminder', 'open_perspectives_reminder', 'notice', 'weekly_digest'))
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM outgoing_email WHERE kind = 'weekly_digest'`.execute(db);
  await sql`ALTER TABLE outgoing_email DROP CONSTRAINT outgoing_email_kind_check`.execute(db);
  await sql`
    ALTER TABLE outgoing_email ADD CONSTRAINT outgoing_email_kind_check
      CHECK (kind IN ('respondent_invitation', 'respondent_reminder', 'open_perspectives_reminder', 'notice'))
  `.execute(db);
  await db.schema.dropTable('weekly_digest').execute();
  await db.schema.dropTable('notice_digest_choice').execute();
}
