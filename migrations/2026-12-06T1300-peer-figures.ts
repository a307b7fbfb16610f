import { sql, type Kysely } from 'kysely';

// Frozen in time: the peer figures of every scenario, quarter and theme, kept exact by triggers in the
// transaction that changes them, so a dashboard reads a few rows instead of every partnership's summary.
//
// A dashboard compares a partnership with the OTHER partnerships of its scenario. The median of a group
// without one member follows from the sorted scores around the middle alone, so a row keeps the count
// and those (at most three) middle scores: positions floor((n-2)/2) to ceil(n/2) of the n sorted scores.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE peer_figure (
      scenario collaboration_scenario NOT NULL,
      period_id uuid NOT NULL REFERENCES period (id) ON DELETE CASCADE,
      theme_number smallint NOT NULL CHECK (theme_number BETWEEN 1 AND 5),
      partnership_count integer NOT NULL CHECK (partnership_count > 0),
      middle_scores numeric[] NOT NULL,
      PRIMARY KEY (scenario, period_id, theme_number)
    )
  `.execute(db);
  await sql`CREATE INDEX peer_figure_period_id_idx ON peer_figure (period_id)`.execute(db);

  // One group at a time, under a lock per group held to the commit: of two transactions changing one
  // group, the second waits, and (read committed) its recount then sees the first one's summaries.
  await sql`
    CREATE FUNCTION recount_peer_figures(group_scenario collaboration_scenario, group_period uuid)
    RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('peer_figure'), hashtext(group_scenario::text || ':' || group_period::text));
      DELETE FROM peer_figure WHERE scenario = group_scenario AND period_id = group_period;
      INSERT INTO peer_figure (scenario, period_id, theme_number, partnership_count, middle_scores)
      SELECT group_scenario, group_period, g.theme_number, g.n,
             g.scores[greatest(0, (g.n - 2) / 2) + 1 : least(g.n - 1, (g.n + 1) / 2) + 1]
      FROM (
        SELECT s.theme_number, count(*)::integer AS n, array_agg(s.score ORDER BY s.score) AS scores
        FROM theme_summary s JOIN partnership p ON p.id = s.partnership_id
        WHERE s.period_id = group_period AND p.scenario = group_scenario AND s.score IS NOT NULL
        GROUP BY s.theme_number
      ) g;
    END $$
  `.execute(db);

  // Groups in a fixed order, so two transactions that each change several groups cannot deadlock.
  await sql`
    CREATE FUNCTION recount_peer_groups(groups_changed text[]) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
      changed text;
    BEGIN
      FOR changed IN SELECT DISTINCT g FROM unnest(groups_changed) g ORDER BY g LOOP
        PERFORM recount_peer_figures(split_part(changed, '/', 1)::collaboration_scenario, split_part(changed, '/', 2)::uuid);
      END LOOP;
    END $$
  `.execute(db);

  // Summaries come and go with submissions, reopenings, imports and erasure. A summary whose partnership
  // is gone in the same statement (erasure) can have been in any scenario's group.
  await sql`
    CREATE FUNCTION theme_summary_recounts_peers() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM recount_peer_groups(ARRAY(
        SELECT sc::text || '/' || c.period_id::text
        FROM changed_summaries c LEFT JOIN partnership p ON p.id = c.partnership_id
        CROSS JOIN LATERAL unnest(CASE WHEN p.id IS NULL THEN enum_range(NULL::collaboration_scenario)
                                       ELSE ARRAY[p.scenario] END) sc
      ));
      RETURN NULL;
    END $$
  `.execute(db);
  for (const [event, table] of [
    ['INSERT', 'NEW'],
    ['DELETE', 'OLD'],
  ] as const) {
    await sql`
      CREATE TRIGGER ${sql.raw(`theme_summary_recounts_peers_${event.toLowerCase()}`)}
      AFTER ${sql.raw(event)} ON theme_summary REFERENCING ${sql.raw(table)} TABLE AS changed_summaries
      FOR EACH STATEMENT EXECUTE FUNCTION theme_summary_recounts_peers()
    `.execute(db);
  }
  await sql`
    CREATE FUNCTION theme_summary_update_recounts_peers() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM recount_peer_groups(ARRAY(
        SELECT p.scenario::text || '/' || c.period_id::text
        FROM (SELECT partnership_id, period_id FROM old_summaries
              UNION SELECT partnership_id, period_id FROM new_summaries) c
        JOIN partnership p ON p.id = c.partnership_id
      ));
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE TRIGGER theme_summary_update_recounts_peers AFTER UPDATE ON theme_summary
    REFERENCING OLD TABLE AS old_summaries NEW TABLE AS new_summaries
    FOR EACH STATEMENT EXECUTE FUNCTION theme_summary_update_recounts_peers()
  `.execute(db);

  // A partnership that changes scenario leaves its old groups and joins the new ones, every quarter.
  await sql`
    CREATE FUNCTION partnership_regroups_peers() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM recount_peer_groups(ARRAY(
        SELECT sc::text || '/' || s.period_id::text
        FROM old_partnerships o JOIN new_partnerships n ON n.id = o.id AND n.scenario <> o.scenario
        JOIN theme_summary s ON s.partnership_id = n.id
        CROSS JOIN LATERAL unnest(ARRAY[o.scenario, n.scenario]) sc
      ));
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE TRIGGER partnership_regroups_peers AFTER UPDATE ON partnership
    REFERENCING OLD TABLE AS old_partnerships NEW TABLE AS new_partnerships
    FOR EACH STATEMENT EXECUTE FUNCTION partnership_regroups_peers()
  `.execute(db);

  // Recounts everything from the summaries: the backfill below, and after a bulk load without triggers.
  await sql`
    CREATE FUNCTION rebuild_peer_figures() RETURNS void LANGUAGE sql AS $$
      DELETE FROM peer_figure;
      INSERT INTO peer_figure (scenario, period_id, theme_number, partnership_count, middle_scores)
      SELECT g.scenario, g.period_id, g.theme_number, g.n,
             g.scores[greatest(0, (g.n - 2) / 2) + 1 : least(g.n - 1, (g.n + 1) / 2) + 1]
      FROM (
        SELECT p.scenario, s.period_id, s.theme_number, count(*)::integer AS n,
               array_agg(s.score ORDER BY s.score) AS scores
        FROM theme_summary s JOIN partnership p ON p.id = s.partnership_id
        WHERE s.score IS NOT NULL
        GROUP BY p.scenario, s.period_id, s.theme_number
      ) g
    $$
  `.execute(db);
  await sql`SELECT rebuild_peer_figures()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER partnership_regroups_peers ON partnership`.execute(db);
  await sql`DROP TRIGGER theme_summary_update_recounts_peers ON theme_summary`.execute(db);
  await sql`DROP TRIGGER theme_summary_recounts_peers_insert ON theme_summary`.execute(db);
  await sql`DROP TRIGGER theme_summary_recounts_peers_delete ON theme_summary`.execute(db);
  await sql`DROP FUNCTION partnership_regroups_peers()`.execute(db);
  await sql`DROP FUNCTION theme_summary_update_recounts_peers()`.execute(db);
  await sql`DROP FUNCTION theme_summary_recounts_peers()`.execute(db);
  await sql`DROP FUNCTION recount_peer_groups(text[])`.execute(db);
  await sql`DROP FUNCTION recount_peer_figures(collaboration_scenario, uuid)`.execute(db);
  await sql`DROP FUNCTION rebuild_peer_figures()`.execute(db);
  await sql`DROP TABLE peer_figure`.execute(db);
}
