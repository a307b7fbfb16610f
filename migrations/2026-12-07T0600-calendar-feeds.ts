import { sql, type Kysely } from 'kysely';

// Frozen in time: a private iCalendar feed per person. Only a hash of the feed's secret is stored: the
// address is shown once, when made or renewed; renewing replaces the hash, so the old address opens nothing.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE calendar_feed (
      -- One feed per person; erasing the person deletes it (and a deleted person takes it along).
      person_id uuid PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      -- The language of the feed's texts, chosen when it was made or renewed.
      language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
      created_at timestamptz NOT NULL DEFAULT now(),
      renewed_at timestamptz
    )
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_feed').execute();
}
