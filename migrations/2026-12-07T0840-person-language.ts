import { sql, type Kysely } from 'kysely';

// Frozen in time: the language Koers writes to a person in (notices, the weekly digest, reminders). The
// web app records the interface language the person uses; until then, Dutch.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE person ADD COLUMN language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en'))
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('person').dropColumn('language').execute();
}
