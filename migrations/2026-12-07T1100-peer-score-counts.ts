import { sql, type Kysely } from 'kysely';

// Frozen in time: the peer figures of a scenario and quarter were recounted at each submission from every
// summary of the group (2,500 partnerships x 5 themes at 10,000 partnerships), under the group's lock, so
// a submission's cost grew with the number of partnerships and submitters of one group queued on it.
// Now each group keeps how many partnerships have each score (numeric(4, 2): a few hundred values at
// most, whatever the number of partnerships); a change adds to or takes from those counts, and the middle
// scores are read from them.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE peer_score (
      scenario collaboration_scenario NOT NULL,
      period_id uuid NOT NULL REFERENCES period (id) ON DELETE CASCADE,
      theme_number smallint NOT NULL CHECK (theme_number BETWEEN 1 AND 5),
      score numeric(4, 2) NOT NULL,
      partnership_count integer NOT NULL CHECK (partnership_count >= 0),
      PRIMARY KEY (scenario, period_id, theme_number, score)
    )
  `.execute(db);
  await sql`CREATE INDEX peer_score_period_id_idx ON peer_score (period_id)`.execute(db);

  // The middle scores of each group from its counts: the scores at positions floor((n-2)/2) to ceil(n/2)
  // of the n sorted scores, as peer_figure keeps them. A filter on scenario and quarter reaches the counts'
  // index (both windows partition by them).
  await sql`
    CREATE VIEW peer_middle AS
    SELECT scenario, period_id, theme_number, n::integer AS partnership_count,
           array_agg(score ORDER BY score) AS middle_scores
    FROM (
      SELECT scenario, period_id, theme_number, score, partnership_count,
             sum(partnership_count) OVER (PARTITION BY scenario, period_id, theme_number ORDER BY score) AS upto,
             sum(partnership_count) OVER (PARTITION BY scenario, period_id, theme_number) AS n
      FROM peer_score
    ) counted
    CROSS JOIN LATERAL generate_series(greatest(upto - partnership_count + 1, greatest(0, (n - 2) / 2) + 1),
                                       least(upto, least(n - 1, (n + 1) / 2) + 1)) middle_position
    GROUP BY scenario, period_id, theme_number, n
  `.execute(db);

  await sql`
    CREATE OR REPLACE FUNCTION recount_peer_figures(group_scenario collaboration_scenario, group_period uuid)
    RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('peer_figure'), hashtext(group_scenario::text || ':' || group_period::text));
      DELETE FROM peer_figure WHERE scenario = group_scenario AND period_id = group_period;
      INSERT INTO peer_figure (scenario, period_id, theme_number, partnership_count, middle_scores)
      SELECT scenario, period_id, theme_number, partnership_count, middle_scores
      FROM peer_middle WHERE scenario = group_scenario AND period_id = group_period;
    END $$
  `.execute(db);

  // Changes to the counts (partnership_count is +1 or -1 per summary). The groups' locks come first, in a
  // fixed order: two transactions that each change several groups cannot deadlock, and of two changing
  // one group the second waits, then counts on from the first one's committed counts.
  await sql`
    CREATE FUNCTION count_peer_scores(changes peer_score[]) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
      groups_changed text[] := ARRAY(
        SELECT DISTINCT c.scenario::text || '/' || c.period_id::text FROM unnest(changes) c ORDER BY 1);
      changed text;
    BEGIN
      FOREACH changed IN ARRAY groups_changed LOOP
        PERFORM pg_advisory_xact_lock(hashtext('peer_figure'), hashtext(replace(changed, '/', ':')));
      END LOOP;
      INSERT INTO peer_score AS t (scenario, period_id, theme_number, score, partnership_count)
      SELECT c.scenario, c.period_id, c.theme_number, c.score, sum(c.partnership_count)
      FROM unnest(changes) c
      GROUP BY c.scenario, c.period_id, c.theme_number, c.score
      HAVING sum(c.partnership_count) > 0
      ORDER BY c.scenario, c.period_id, c.theme_number, c.score
      ON CONFLICT (scenario, period_id, theme_number, score)
        DO UPDATE SET partnership_count = t.partnership_count + excluded.partnership_count;
      -- Only counts still there lose a partnership: a quarter deleted with its summaries takes its counts along.
      UPDATE peer_score t SET partnership_count = t.partnership_count + taken.partnership_count
      FROM (
        SELECT c.scenario, c.period_id, c.theme_number, c.score, sum(c.partnership_count) AS partnership_count
        FROM unnest(changes) c
        GROUP BY c.scenario, c.period_id, c.theme_number, c.score
        HAVING sum(c.partnership_count) < 0
      ) taken
      WHERE (t.scenario, t.period_id, t.theme_number, t.score)
            = (taken.scenario, taken.period_id, taken.theme_number, taken.score);
      DELETE FROM peer_score t USING unnest(changes) c
      WHERE t.partnership_count = 0 AND (t.scenario, t.period_id, t.theme_number, t.score)
                                        = (c.scenario, c.period_id, c.theme_number, c.score);
      PERFORM recount_peer_groups(groups_changed);
    END $$
  `.execute(db);

  await sql`
    CREATE OR REPLACE FUNCTION theme_summary_recounts_peers() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM count_peer_scores(ARRAY(
        SELECT ROW(p.scenario, c.period_id, c.theme_number, c.score, CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END)::peer_score
        FROM changed_summaries c JOIN partnership p ON p.id = c.partnership_id
        WHERE c.score IS NOT NULL
      ));
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION theme_summary_update_recounts_peers() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM count_peer_scores(ARRAY(
        SELECT ROW(p.scenario, c.period_id, c.theme_number, c.score, c.sign)::peer_score
        FROM (SELECT partnership_id, period_id, theme_number, score, -1 AS sign FROM old_summaries
              UNION ALL SELECT partnership_id, period_id, theme_number, score, 1 FROM new_summaries) c
        JOIN partnership p ON p.id = c.partnership_id
        WHERE c.score IS NOT NULL
      ));
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION partnership_regroups_peers() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM count_peer_scores(ARRAY(
        SELECT ROW(moved.scenario, s.period_id, s.theme_number, s.score, moved.sign)::peer_score
        FROM old_partnerships o JOIN new_partnerships n ON n.id = o.id AND n.scenario <> o.scenario
        CROSS JOIN LATERAL (VALUES (o.scenario, -1), (n.scenario, 1)) moved (scenario, sign)
        JOIN theme_summary s ON s.partnership_id = n.id
        WHERE s.score IS NOT NULL
      ));
      RETURN NULL;
    END $$
  `.execute(db);

  // A partnership deleted outright (by hand; Koers archives them) takes its summaries out first, while
  // its scenario, sector and region can still be read: the kept counts and sums then lose them too.
  await sql`
    CREATE FUNCTION partnership_deletes_summaries() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM theme_summary WHERE partnership_id = OLD.id;
      RETURN OLD;
    END $$
  `.execute(db);
  await sql`
    CREATE TRIGGER partnership_deletes_summaries BEFORE DELETE ON partnership
    FOR EACH ROW EXECUTE FUNCTION partnership_deletes_summaries()
  `.execute(db);

  await sql`
    CREATE OR REPLACE FUNCTION rebuild_peer_figures() RETURNS void LANGUAGE sql AS $$
      DELETE FROM peer_score;
      INSERT INTO peer_score (scenario, period_id, theme_number, score, partnership_count)
      SELECT p.scenario, s.period_id, s.theme_number, s.score, count(*)
      FROM theme_summary s JOIN partnership p ON p.id = s.partnership_id
      WHERE s.score IS NOT NULL
      GROUP BY p.scenario, s.period_id, s.theme_number, s.score;
      DELETE FROM peer_figure;
      INSERT INTO peer_figure (scenario, period_id, theme_number, partnership_count, middle_scores)
      SELECT scenario, period_id, theme_number, partnership_count, middle_scores FROM peer_middle;
    $$
  `.execute(db);
  await sql`SELECT rebuild_peer_figures()`.execute(db);
}

// Back to recounting each changed group from its summaries (the bodies of 2026-12-06T1300-peer-figures).
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER partnership_deletes_summaries ON partnership`.execute(db);
  await sql`DROP FUNCTION partnership_deletes_summaries()`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION recount_peer_figures(group_scenario collaboration_scenario, group_period uuid)
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
  await sql`
    CREATE OR REPLACE FUNCTION theme_summary_recounts_peers() RETURNS trigger LANGUAGE plpgsql AS $$
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
  await sql`
    CREATE OR REPLACE FUNCTION theme_summary_update_recounts_peers() RETURNS trigger LANGUAGE plpgsql AS $$
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
    CREATE OR REPLACE FUNCTION partnership_regroups_peers() RETURNS trigger LANGUAGE plpgsql AS $$
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
    CREATE OR REPLACE FUNCTION rebuild_peer_figures() RETURNS void LANGUAGE sql AS $$
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
  await sql`DROP FUNCTION count_peer_scores(peer_score[])`.execute(db);
  await sql`DROP VIEW peer_middle`.execute(db);
  await sql`DROP TABLE peer_score`.execute(db);
}
