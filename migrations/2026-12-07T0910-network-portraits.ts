import { sql, type Kysely } from 'kysely';

// Frozen in time: the learning network's network portraits and the contact requests between partnerships.
// A portrait is a partnership's own choice to be found by others: it is read by other partnerships only
// while published_at is set. A contact request asks a partnership that offered experience on a theme for
// a conversation; its contacts are shown to both sides only once the asked partnership accepts.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE network_portrait (
      partnership_id uuid PRIMARY KEY REFERENCES partnership (id) ON DELETE CASCADE,
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 1500),
      -- A band, not a count: it stays true from term to term and says less about one school.
      size_band text NOT NULL CHECK (size_band IN ('small', 'medium', 'large')),
      themes_now smallint[] NOT NULL DEFAULT '{}' CHECK (themes_now <@ '{1,2,3,4,5}'::smallint[]),
      themes_offered smallint[] NOT NULL DEFAULT '{}' CHECK (themes_offered <@ '{1,2,3,4,5}'::smallint[]),
      contact_person_id uuid REFERENCES person (id) ON DELETE RESTRICT,
      published_at timestamptz,
      updated_by uuid NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  await sql`CREATE INDEX network_portrait_contact_person_id_idx ON network_portrait (contact_person_id)`.execute(db);
  await sql`CREATE INDEX network_portrait_updated_by_idx ON network_portrait (updated_by)`.execute(db);
  await sql`
    CREATE INDEX network_portrait_offered_idx ON network_portrait USING gin (themes_offered)
      WHERE published_at IS NOT NULL
  `.execute(db);

  await sql`
    CREATE TABLE contact_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      flag_id uuid NOT NULL REFERENCES flag (id) ON DELETE CASCADE,
      asking_partnership_id uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
      peer_partnership_id uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
      theme_number smallint NOT NULL CHECK (theme_number BETWEEN 1 AND 5),
      asked_by uuid NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
      -- Empty once its writer is erased: a message is their own words, not the partnership's record.
      message text NOT NULL CHECK (length(message) <= 1000),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined')),
      answered_by uuid REFERENCES person (id) ON DELETE RESTRICT,
      reply text CHECK (length(reply) <= 1000),
      answered_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (asking_partnership_id <> peer_partnership_id)
    )
  `.execute(db);
  // One open request per pair and theme: the second is a 409, decided by the database, not a race.
  await sql`
    CREATE UNIQUE INDEX contact_request_one_open_idx ON contact_request (asking_partnership_id, peer_partnership_id, theme_number)
      WHERE status = 'open'
  `.execute(db);
  await sql`CREATE INDEX contact_request_flag_id_idx ON contact_request (flag_id)`.execute(db);
  await sql`CREATE INDEX contact_request_peer_idx ON contact_request (peer_partnership_id, created_at)`.execute(db);
  await sql`CREATE INDEX contact_request_asked_by_idx ON contact_request (asked_by, created_at)`.execute(db);
  await sql`CREATE INDEX contact_request_answered_by_idx ON contact_request (answered_by)`.execute(db);

  await sql`ALTER TYPE notice_kind ADD VALUE IF NOT EXISTS 'contact_request'`.execute(db);
  await sql`ALTER TYPE notice_kind ADD VALUE IF NOT EXISTS 'contact_answer'`.execute(db);
}

// An enum value cannot be dropped: the notices of these kinds go, the two values stay, unused.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM notice_preference WHERE kind::text IN ('contact_request', 'contact_answer')`.execute(db);
  await sql`DELETE FROM notice WHERE kind::text IN ('contact_request', 'contact_answer')`.execute(db);
  await db.schema.dropTable('contact_request').execute();
  await db.schema.dropTable('network_portrait').execute();
}
