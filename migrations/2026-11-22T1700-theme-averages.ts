import { sql, type Kysely } from 'kysely';

// Frozen in time: theme scores summed per quarter, theme, sector, scenario and region, kept up to date by
// triggers, so the board overview's national trend reads a few thousand rows instead of every stored
// summary (2 million at 10,000 partnerships x 40 quarters).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE theme_average (
      period_id uuid NOT NULL REFERENCES period (id) ON DELETE CASCADE,
      theme_number smallint NOT NULL CHECK (theme_number BETWEEN 1 AND 5),
      sector sector NOT NULL,
      scenario collaboration_scenario NOT NULL,
      region text NOT NULL,
      score_sum numeric NOT NULL,
      score_count integer NOT NULL,
      partnership_count integer NOT NULL,
      PRIMARY KEY (period_id, theme_number, sector, scenario, region)
    )
  `.execute(db);

  // Adds (sign 1) or takes away (sign -1) one partnership's summaries, counted in its current group.
  await sql`
    CREATE FUNCTION add_to_theme_averages(partnership uuid, summaries theme_summary[], sign integer)
    RETURNS void LANGUAGE sql AS $$
      INSERT INTO theme_average AS t
        (period_id, theme_number, sector, scenario, region, score_sum, score_count, partnership_count)
      SELECT s.period_id, s.theme_number, p.sector, p.scenario, p.region,
             sign * sum(COALESCE(s.score, 0)), sign * count(s.score), sign * count(*)
      FROM unnest(summaries) s JOIN partnership p ON p.id = partnership
      GROUP BY s.period_id, s.theme_number, p.sector, p.scenario, p.region
      ON CONFLICT (period_id, theme_number, sector, scenario, region) DO UPDATE
        SET score_sum = t.score_sum + excluded.score_sum,
            score_count = t.score_count + excluded.score_count,
            partnership_count = t.partnership_count + excluded.partnership_count
    $$
  `.execute(db);
  await sql`
    CREATE FUNCTION theme_summary_counts_in_averages() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM add_to_theme_averages(NEW.partnership_id, ARRAY[NEW], 1);
      ELSE
        PERFORM add_to_theme_averages(OLD.partnership_id, ARRAY[OLD], -1);
      END IF;
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE TRIGGER theme_summary_counts_in_averages AFTER INSERT OR DELETE ON theme_summary
    FOR EACH ROW EXECUTE FUNCTION theme_summary_counts_in_averages()
  `.execute(db);

  // A partnership that changes sector, scenario or region takes its summaries to its new group.
  await sql`
    CREATE FUNCTION partnership_regroups_averages() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      summaries theme_summary[] := ARRAY(SELECT s FROM theme_summary s WHERE s.partnership_id = NEW.id);
    BEGIN
      UPDATE theme_average t
      SET score_sum = t.score_sum - x.score_sum, score_count = t.score_count - x.score_count,
          partnership_count = t.partnership_count - x.partnership_count
      FROM (SELECT s.period_id, s.theme_number, sum(COALESCE(s.score, 0)) AS score_sum,
                   count(s.score) AS score_count, count(*) AS partnership_count
            FROM unnest(summaries) s GROUP BY s.period_id, s.theme_number) x
      WHERE t.period_id = x.period_id AND t.theme_number = x.theme_number
        AND t.sector = OLD.sector AND t.scenario = OLD.scenario AND t.region = OLD.region;
      PERFORM add_to_theme_averages(NEW.id, summaries, 1);
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE TRIGGER partnership_regroups_averages AFTER UPDATE OF sector, scenario, region ON partnership
    FOR EACH ROW WHEN ((OLD.sector, OLD.scenario, OLD.region) IS DISTINCT FROM (NEW.sector, NEW.scenario, NEW.region))
    EXECUTE FUNCTION partnership_regroups_averages()
  `.execute(db);

  // Recounts everything from the summaries: the backfill below, and after a bulk load without triggers.
  await sql`
    CREATE FUNCTION rebuild_theme_averages() RETURNS void LANGUAGE sql AS $$
      DELETE FROM theme_average;
      INSERT INTO theme_average
        (period_id, theme_number, sector, scenario, region, score_sum, score_count, partnership_count)
      SELECT s.period_id, s.theme_number, p.sector, p.scenario, p.region,
             sum(COALESCE(s.score, 0)), count(s.score), count(*)
      FROM theme_summary s JOIN partnership p ON p.id = s.partnership_id
      GROUP BY s.period_id, s.theme_number, p.sector, p.scenario, p.region
    $$
  `.execute(db);
  await sql`SELECT rebuild_theme_averages()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER partnership_regroups_averages ON partnership`.execute(db);
  await sql`DROP TRIGGER theme_summary_counts_in_averages ON theme_summary`.execute(db);
  await sql`DROP FUNCTION partnership_regroups_averages()`.execute(db);
  await sql`DROP FUNCTION theme_summary_counts_in_averages()`.execute(db);
  await sql`DROP FUNCTION add_to_theme_averages(uuid, theme_summary[], integer)`.execute(db);
  await sql`DROP FUNCTION rebuild_theme_averages()`.execute(db);
  await sql`DROP TABLE theme_average`.execute(db);
}
