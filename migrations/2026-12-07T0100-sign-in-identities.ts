import { sql, type Kysely } from 'kysely';

// Frozen in time: signing in with an institution's account (OpenID Connect). SSO never creates people:
// an invited person is bound to a provider's subject at their first SSO sign-in, and the subject is the
// key from then on, so a changed email address locks nobody out.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE sign_in_identity (
      provider text NOT NULL,
      -- The provider's stable, pairwise or public identifier of the person: never an email address.
      subject text NOT NULL,
      person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (provider, subject),
      -- One account at each provider per person: a second one could not be told apart at sign-in.
      UNIQUE (person_id, provider)
    )
  `.execute(db);

  // A sign-in on its way through the provider, for ten minutes at most: the state (hashed; the browser
  // holds it in a cookie), the nonce and the PKCE verifier. Used once: the callback deletes it.
  await sql`
    CREATE TABLE oidc_sign_in_attempt (
      state_hash text PRIMARY KEY,
      provider text NOT NULL,
      nonce text NOT NULL,
      code_verifier text NOT NULL,
      expires_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX oidc_sign_in_attempt_expires_at_idx ON oidc_sign_in_attempt (expires_at)`.execute(db);

  // People whose email address has one of these domains sign in through the provider, never a password.
  await sql`
    CREATE TABLE sso_required_domain (
      domain text PRIMARY KEY CHECK (domain = lower(domain) AND domain ~ '^[a-z0-9-]+(\\.[a-z0-9-]+)+$'),
      organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      provider text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  await sql`CREATE INDEX sso_required_domain_organisation_id_idx ON sso_required_domain (organisation_id)`.execute(db);

  // Which provider a session came through, so signing out can offer that provider's sign-out too.
  await sql`ALTER TABLE session ADD COLUMN sign_in_provider text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE session DROP COLUMN sign_in_provider`.execute(db);
  await db.schema.dropTable('sso_required_domain').execute();
  await db.schema.dropTable('oidc_sign_in_attempt').execute();
  await db.schema.dropTable('sign_in_identity').execute();
}
