import { sql, type Kysely } from 'kysely';

// Frozen in time: every email Koers sends has a row here, written in the same transaction as the change
// that causes it, beside the job (graphile-worker's add_job) that sends it. The row, not the job, says
// whether a message was confirmed sent: a job that runs again after a crash finds 'sent' and stops.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE outgoing_email (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('respondent_invitation', 'notice')),
      -- Who it goes to: a person with an account, or an invited respondent (the response below).
      person_id uuid REFERENCES person (id) ON DELETE CASCADE,
      response_id uuid REFERENCES response (id) ON DELETE CASCADE,
      recipient_email text NOT NULL,
      locale text NOT NULL CHECK (locale IN ('nl', 'en')),
      -- Rendered when queued (a personal link exists in full only then); emptied once the send is
      -- confirmed, so no link outlives its delivery in this table.
      subject text NOT NULL,
      text_body text,
      html_body text,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'bounced')),
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      last_error text,
      smtp_message_id text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_attempt_at timestamptz,
      sent_at timestamptz,
      CHECK (status <> 'sent' OR sent_at IS NOT NULL)
    )
  `.execute(db);
  await db.schema.createIndex('outgoing_email_person_id_idx').on('outgoing_email').column('person_id').execute();
  await db.schema.createIndex('outgoing_email_response_id_idx').on('outgoing_email').column('response_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('outgoing_email').execute();
}
