import { sql, type Kysely } from 'kysely';
import * as readVersion from './2026-11-22T1600-read-version.ts';

// Frozen in time: versions per scope of data instead of one counter for everything, so a change makes
// stale only the cached answers that show what changed. Scopes:
//   partnership:<id>          a partnership's own rows (and `partnerships`, for views over all of them)
//   peers:<scenario>:<period> the kept peer figures of one scenario in one quarter
//   access:<person id>        what a person's roles let them reach
//   catalogue                 rare global changes: questionnaire, periods, organisations, people's names
// A scope without a row is at version 0. Drafts touch none of these tables: a save makes nothing stale.
const PARTNERSHIP_TABLES = [
  ['partnership', 'id'],
  ['partnership_member', 'partnership_id'],
  ['assessment', 'partnership_id'],
  ['theme_summary', 'partnership_id'],
  ['flag', 'partnership_id'],
  ['timeline_note', 'partnership_id'],
  ['action', 'partnership_id'],
] as const;
const CATALOGUE_TABLES = ['organisation', 'period', 'instrument_version', 'theme', 'indicator'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE data_version (scope text PRIMARY KEY, version bigint NOT NULL)`.execute(db);
  await sql`
    CREATE FUNCTION bump_data_versions(scopes text[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO data_version AS d (scope, version)
      SELECT DISTINCT s, 1 FROM unnest(scopes) s WHERE s IS NOT NULL
      ORDER BY 1
      ON CONFLICT (scope) DO UPDATE SET version = d.version + 1
    $$
  `.execute(db);

  // Deferred to the commit, as the counter before: each scope's row is locked for the moment of
  // committing only, and readers (read committed) who see a new version also see the new data.
  // The argument names the column that holds the partnership's id.
  await sql`
    CREATE FUNCTION bump_partnership_version() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      changed jsonb := to_jsonb(COALESCE(NEW, OLD));
    BEGIN
      PERFORM bump_data_versions(ARRAY['partnership:' || (changed ->> TG_ARGV[0]), 'partnerships']);
      RETURN NULL;
    END $$
  `.execute(db);
  for (const [table, column] of PARTNERSHIP_TABLES) {
    await sql`
      CREATE CONSTRAINT TRIGGER bump_data_version AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_partnership_version(${sql.lit(column)})
    `.execute(db);
  }
  // Rows that reach their partnership through another row.
  await sql`
    CREATE FUNCTION bump_partnership_version_via() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      changed jsonb := to_jsonb(COALESCE(NEW, OLD));
    BEGIN
      PERFORM bump_data_versions(ARRAY(
        SELECT 'partnership:' || partnership_id FROM assessment WHERE TG_ARGV[0] = 'assessment' AND id = (changed ->> 'assessment_id')::uuid
        UNION ALL
        SELECT 'partnership:' || partnership_id FROM flag WHERE TG_ARGV[0] = 'flag' AND id = (changed ->> 'flag_id')::uuid
        UNION ALL SELECT 'partnerships'));
      RETURN NULL;
    END $$
  `.execute(db);
  for (const [table, via] of [
    ['review', 'assessment'],
    ['action_flag', 'flag'],
    ['flag_reading', 'flag'],
  ] as const) {
    await sql`
      CREATE CONSTRAINT TRIGGER bump_data_version AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_partnership_version_via(${sql.lit(via)})
    `.execute(db);
  }

  await sql`
    CREATE FUNCTION bump_peers_version() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      changed peer_figure := COALESCE(NEW, OLD);
    BEGIN
      PERFORM bump_data_versions(ARRAY['peers:' || changed.scenario || ':' || changed.period_id]);
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE CONSTRAINT TRIGGER bump_data_version AFTER INSERT OR UPDATE OR DELETE ON peer_figure
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_peers_version()
  `.execute(db);

  await sql`
    CREATE FUNCTION bump_scope_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM bump_data_versions(ARRAY[TG_ARGV[0]]);
      RETURN NULL;
    END $$
  `.execute(db);
  for (const table of CATALOGUE_TABLES) {
    await sql`
      CREATE CONSTRAINT TRIGGER bump_data_version AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_scope_version('catalogue')
    `.execute(db);
  }
  // Names shown next to notes; a person row also changes at every sign-in, which must not count.
  await sql`
    CREATE CONSTRAINT TRIGGER bump_data_version AFTER UPDATE OF display_name ON person
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_scope_version('catalogue')
  `.execute(db);

  // Access: a person's own roles, and for board members the partnerships their organisations are in.
  await sql`
    CREATE FUNCTION bump_access_version() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      changed jsonb := to_jsonb(COALESCE(NEW, OLD));
    BEGIN
      IF TG_TABLE_NAME = 'role_assignment' THEN
        PERFORM bump_data_versions(ARRAY['access:' || (changed ->> 'person_id')]);
      ELSE
        PERFORM bump_data_versions(ARRAY(
          SELECT 'access:' || person_id FROM role_assignment
          WHERE role = 'board_member' AND organisation_id = (changed ->> 'organisation_id')::uuid));
      END IF;
      RETURN NULL;
    END $$
  `.execute(db);
  for (const table of ['role_assignment', 'partnership_member'] as const) {
    await sql`
      CREATE CONSTRAINT TRIGGER bump_access_version AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_access_version()
    `.execute(db);
  }

  await readVersion.down(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await readVersion.up(db);
  for (const table of ['role_assignment', 'partnership_member']) {
    await sql`DROP TRIGGER bump_access_version ON ${sql.table(table)}`.execute(db);
  }
  const bumped = [
    ...PARTNERSHIP_TABLES.map(([table]) => table),
    'review',
    'action_flag',
    'flag_reading',
    'peer_figure',
    ...CATALOGUE_TABLES,
    'person',
  ];
  for (const table of bumped) await sql`DROP TRIGGER bump_data_version ON ${sql.table(table)}`.execute(db);
  for (const fn of [
    'bump_access_version',
    'bump_scope_version',
    'bump_peers_version',
    'bump_partnership_version_via',
    'bump_partnership_version',
  ]) {
    await sql`DROP FUNCTION ${sql.raw(fn)}()`.execute(db);
  }
  await sql`DROP FUNCTION bump_data_versions(text[])`.execute(db);
  await sql`DROP TABLE data_version`.execute(db);
}
