import { sql, type Kysely } from 'kysely';

// Frozen in time: one counter that moves whenever data shown on the dashboards, the board overview or
// the review queue changes, or what a person's roles let them reach, so every API instance can cache
// those and still never serve one that is older than what the database holds.
const WATCHED_TABLES = [
  'organisation',
  'partnership',
  'partnership_member',
  'role_assignment',
  'period',
  'instrument_version',
  'theme',
  'indicator',
  'assessment',
  'theme_summary',
  'flag',
  'timeline_note',
  'review',
  'action',
  'action_flag',
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE read_version (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      version bigint NOT NULL DEFAULT 0
    )
  `.execute(db);
  await sql`INSERT INTO read_version DEFAULT VALUES`.execute(db);

  // Deferred to the commit: the counter row is locked for the moment of committing only, so concurrent
  // writers hardly wait on it, and readers (read committed) who see the new number also see the new data.
  await sql`
    CREATE FUNCTION bump_read_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE read_version SET version = version + 1;
      RETURN NULL;
    END $$
  `.execute(db);
  for (const table of WATCHED_TABLES) {
    await sql`
      CREATE CONSTRAINT TRIGGER bump_read_version AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_read_version()
    `.execute(db);
  }
  // Names shown next to notes; a person row also changes at every sign-in, which must not count.
  await sql`
    CREATE CONSTRAINT TRIGGER bump_read_version AFTER UPDATE OF display_name ON person
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_read_version()
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [...WATCHED_TABLES, 'person']) {
    await sql`DROP TRIGGER bump_read_version ON ${sql.table(table)}`.execute(db);
  }
  await sql`DROP FUNCTION bump_read_version()`.execute(db);
  await sql`DROP TABLE read_version`.execute(db);
}
