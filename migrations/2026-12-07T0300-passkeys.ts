import { sql, type Kysely } from 'kysely';

// Frozen in time: passkeys (WebAuthn credentials) a person enrols to sign in without a password, and the
// challenges of the ceremonies in progress, kept on the server so that each is used once and soon.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE passkey (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
      -- The credential id as the browser sends it (base64url); what a usernameless sign-in looks up.
      credential_id text NOT NULL UNIQUE,
      -- The COSE public key: no secret, the private key never leaves the authenticator.
      public_key bytea NOT NULL,
      -- The authenticator's signature counter (unsigned 32 bits): a value that goes back betrays a clone.
      counter bigint NOT NULL DEFAULT 0 CHECK (counter >= 0),
      transports text[] NOT NULL DEFAULT '{}',
      device_type text NOT NULL CHECK (device_type IN ('singleDevice', 'multiDevice')),
      backed_up boolean NOT NULL,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz
    )
  `.execute(db);
  await sql`CREATE INDEX passkey_person_id_idx ON passkey (person_id)`.execute(db);

  await sql`
    CREATE TABLE passkey_challenge (
      challenge text PRIMARY KEY,
      purpose text NOT NULL CHECK (purpose IN ('registration', 'authentication')),
      -- Enrolment is for the signed-in person; a usernameless sign-in does not know anyone yet.
      person_id uuid REFERENCES person (id) ON DELETE CASCADE,
      expires_at timestamptz NOT NULL,
      CHECK ((purpose = 'registration') = (person_id IS NOT NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX passkey_challenge_person_id_idx ON passkey_challenge (person_id)`.execute(db);
  await sql`CREATE INDEX passkey_challenge_expires_at_idx ON passkey_challenge (expires_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('passkey_challenge').execute();
  await db.schema.dropTable('passkey').execute();
}
