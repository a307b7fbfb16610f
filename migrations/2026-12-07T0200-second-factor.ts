import { sql, type Kysely } from 'kysely';

// Frozen in time: a second factor (TOTP) for people who sign in with a password, with recovery codes, and
// what a session needs to know about it: how it was signed in, and whether its second step is still open.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE session
      -- Admins who signed in with a password need a second factor; other ways of signing in never do.
      ADD COLUMN sign_in_method text NOT NULL DEFAULT 'password'
        CHECK (sign_in_method IN ('password', 'oidc', 'passkey')),
      -- The password was right, the code is still to come: such a session opens nothing.
      ADD COLUMN second_factor_pending boolean NOT NULL DEFAULT false
  `.execute(db);
  await sql`
    CREATE TABLE totp_factor (
      person_id uuid PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
      -- Base32; handed to the person once, while enrolling, and never again.
      secret text NOT NULL,
      -- Null while enrolling: the factor counts only once a code from it has been entered.
      confirmed_at timestamptz,
      -- The 30-second step of the last code accepted: that code, and any older one, is refused (replay).
      last_used_step bigint,
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  await sql`
    CREATE TABLE recovery_code (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
      -- SHA-256 of a long random code: shown once, each usable once.
      code_hash text NOT NULL UNIQUE,
      used_at timestamptz
    )
  `.execute(db);
  await db.schema.createIndex('recovery_code_person_id_idx').on('recovery_code').column('person_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('recovery_code').execute();
  await db.schema.dropTable('totp_factor').execute();
  await sql`ALTER TABLE session DROP COLUMN second_factor_pending, DROP COLUMN sign_in_method`.execute(db);
}
