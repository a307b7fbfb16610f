import { sql, type Kysely } from 'kysely';

// Frozen in time: reminders to invited respondents who have not submitted, and to the programme manager
// about perspectives nobody answered yet. A period holds its reminder moments (days before its due date);
// a row per respondent and moment, and per assessment and moment, is what makes each reminder go out once,
// however many instances run the schedule and however often it runs.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE period ADD COLUMN reminder_days integer[] NOT NULL DEFAULT '{7,2}'
      CHECK (cardinality(reminder_days) <= 5 AND 1 <= ALL (reminder_days) AND 60 >= ALL (reminder_days))
  `.execute(db);
  // The opt-out link's token stays readable (unlike a personal link's): every reminder carries it again,
  // and all it can do is stop reminders. Two random UUIDs give it 244 random bits.
  await sql`
    ALTER TABLE respondent_invitation
      ADD COLUMN opt_out_token text NOT NULL UNIQUE
        DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''),
      ADD COLUMN reminders_opted_out_at timestamptz
  `.execute(db);
  await sql`
    CREATE TABLE respondent_reminder (
      response_id uuid NOT NULL REFERENCES respondent_invitation (response_id) ON DELETE CASCADE,
      days_before integer NOT NULL,
      sent_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (response_id, days_before)
    )
  `.execute(db);
  await sql`
    CREATE TABLE open_perspectives_reminder (
      assessment_id uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
      days_before integer NOT NULL,
      sent_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (assessment_id, days_before)
    )
  `.execute(db);
  await sql`ALTER TABLE outgoing_email DROP CONSTRAINT outgoing_email_kind_check`.execute(db);
  await sql`
    ALTER TABLE outgoing_email ADD CONSTRAINT outgoing_email_kind_check
      CHECK (kind IN ('respondent_invitation', 'respondent_reminder', 'open_perspectives_reminder', 'notice'))
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM outgoing_email WHERE kind IN ('respondent_reminder', 'open_perspectives_reminder')`.execute(db);
  await sql`ALTER TABLE outgoing_email DROP CONSTRAINT outgoing_email_kind_check`.execute(db);
  await sql`
    ALTER TABLE outgoing_email ADD CONSTRAINT outgoing_email_kind_check
      CHECK (kind IN ('respondent_invitation', 'notice'))
  `.execute(db);
  await db.schema.dropTable('open_perspectives_reminder').execute();
  await db.schema.dropTable('respondent_reminder').execute();
  await sql`ALTER TABLE respondent_invitation DROP COLUMN opt_out_token, DROP COLUMN reminders_opted_out_at`.execute(
    db,
  );
  await sql`ALTER TABLE period DROP COLUMN reminder_days`.execute(db);
}
