import { sql, type Kysely } from 'kysely';

// Frozen in time: an admin can tie a person to a provider's subject before their first sign-in (for
// people whose provider vouches for no address). Such a row is "expected": it has never been used, so its
// last use is empty until the first sign-in that presents the subject binds it. The default stays, so a
// binding made at sign-in is used at once.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE sign_in_identity ALTER COLUMN last_used_at DROP NOT NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM sign_in_identity WHERE last_used_at IS NULL`.execute(db);
  await sql`ALTER TABLE sign_in_identity ALTER COLUMN last_used_at SET NOT NULL`.execute(db);
}
