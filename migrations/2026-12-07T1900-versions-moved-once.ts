import { sql, type Kysely } from 'kysely';

// Frozen in time: a transaction moves each data scope's version once, however many of its rows change.
// Every changed row's deferred trigger bumped its scopes: a submission (five summaries, the assessment,
// its submission, responses, flags) upserted the same two rows about sixteen times at its commit, about
// 1 of its 3 ms of PostgreSQL time, all of it while holding the peer group's lock that every other
// submission of the group waits for. One move per transaction tells readers just as much: nothing of it
// is visible before its commit. The scopes a transaction moved are kept in a transaction-local setting
// (rolled back with a savepoint, like the upsert itself).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION bump_data_versions(scopes text[]) RETURNS void LANGUAGE plpgsql
    SET plan_cache_mode = force_generic_plan AS ${sql.raw(`$$
    DECLARE
      moved text[] := string_to_array(nullif(current_setting('koers.moved_scopes', true), ''), E'\\n');
      fresh text[] := ARRAY(
        SELECT DISTINCT s FROM unnest(scopes) s
        WHERE s IS NOT NULL AND NOT s = ANY(COALESCE(moved, '{}'))
        ORDER BY 1);
    BEGIN
      IF cardinality(fresh) = 0 THEN
        RETURN;
      END IF;
      INSERT INTO data_version AS d (scope, version)
      SELECT s, 1 FROM unnest(fresh) s
      ORDER BY 1
      ON CONFLICT (scope) DO UPDATE SET version = d.version + 1;
      PERFORM set_config('koers.moved_scopes', array_to_string(COALESCE(moved, '{}') || fresh, E'\\n'), true);
    END $$`)}
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION bump_data_versions(scopes text[]) RETURNS void LANGUAGE plpgsql
    SET plan_cache_mode = force_generic_plan AS ${sql.raw(`$$
    BEGIN
      INSERT INTO data_version AS d (scope, version)
      SELECT DISTINCT s, 1 FROM unnest(scopes) s WHERE s IS NOT NULL
      ORDER BY 1
      ON CONFLICT (scope) DO UPDATE SET version = d.version + 1;
    END $$`)}
  `.execute(db);
}
