import { sql, type Kysely } from 'kysely';

// Frozen in time: a respondent invited by email, beside their response: where the link went, in which
// language, and the moments that tell how far they are (opened the link, said they were done, withdrawn).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE respondent_invitation (
      response_id uuid PRIMARY KEY REFERENCES response (id) ON DELETE CASCADE,
      assessment_id uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
      email text NOT NULL,
      locale text NOT NULL CHECK (locale IN ('nl', 'en')),
      invited_at timestamptz NOT NULL DEFAULT now(),
      opened_at timestamptz,
      completed_at timestamptz,
      withdrawn_at timestamptz
    )
  `.execute(db);
  await db.schema
    .createIndex('respondent_invitation_assessment_id_idx')
    .on('respondent_invitation')
    .column('assessment_id')
    .execute();
  // One open invitation per address and assessment: pasting a list twice invites nobody twice (409).
  await sql`
    CREATE UNIQUE INDEX respondent_invitation_once ON respondent_invitation (assessment_id, email)
    WHERE withdrawn_at IS NULL
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('respondent_invitation').execute();
}
