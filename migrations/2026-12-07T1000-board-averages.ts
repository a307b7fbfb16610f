import { sql, type Kysely } from 'kysely';

// Frozen in time: theme scores summed per board member, quarter, theme, sector, scenario and region over
// the partnerships the member's school boards take part in (each partnership once, however many of the
// member's boards it has), so a board member's trend reads a few hundred rows however many partnerships
// their boards reach. Kept up to date by statement triggers: a submission adds to the sums of the board
// members who reach its partnership; a change of board roles or of a partnership's members counts the
// people it touches again from the stored summaries.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE board_theme_average (
      person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
      period_id uuid NOT NULL REFERENCES period (id) ON DELETE CASCADE,
      theme_number smallint NOT NULL CHECK (theme_number BETWEEN 1 AND 5),
      sector sector NOT NULL,
      scenario collaboration_scenario NOT NULL,
      region text NOT NULL,
      score_sum numeric NOT NULL,
      score_count integer NOT NULL,
      partnership_count integer NOT NULL,
      PRIMARY KEY (person_id, period_id, theme_number, sector, scenario, region)
    )
  `.execute(db);

  // Who reaches which partnership as a board member: the same rule as the access of a signed-in person.
  await sql`
    CREATE VIEW board_reach AS
      SELECT DISTINCT r.person_id, m.partnership_id
      FROM role_assignment r JOIN partnership_member m ON m.organisation_id = r.organisation_id
      WHERE r.role = 'board_member'
  `.execute(db);

  // Adds (sign 1) or takes away (sign -1) summaries in the sums of every board member who reaches them.
  // Who reaches a partnership is looked up per partnership (a join with the view would read all of it).
  // Rows are written in key order, so two submissions touching the same sums lock them in the same order.
  await sql`
    CREATE FUNCTION add_to_board_averages(summaries theme_summary[], sign integer)
    RETURNS void LANGUAGE sql AS $$
      INSERT INTO board_theme_average AS t
        (person_id, period_id, theme_number, sector, scenario, region, score_sum, score_count, partnership_count)
      SELECT b.person_id, s.period_id, s.theme_number, p.sector, p.scenario, p.region,
             sign * sum(COALESCE(s.score, 0)), sign * count(s.score), sign * count(*)
      FROM unnest(summaries) s
      JOIN partnership p ON p.id = s.partnership_id
      CROSS JOIN LATERAL (
        SELECT DISTINCT r.person_id
        FROM partnership_member m JOIN role_assignment r ON r.organisation_id = m.organisation_id
        WHERE m.partnership_id = s.partnership_id AND r.role = 'board_member'
      ) b
      GROUP BY b.person_id, s.period_id, s.theme_number, p.sector, p.scenario, p.region
      ORDER BY b.person_id, s.period_id, s.theme_number, p.sector, p.scenario, p.region
      ON CONFLICT (person_id, period_id, theme_number, sector, scenario, region) DO UPDATE
        SET score_sum = t.score_sum + excluded.score_sum,
            score_count = t.score_count + excluded.score_count,
            partnership_count = t.partnership_count + excluded.partnership_count
    $$
  `.execute(db);

  // Counts the given people's sums again from the summaries of the partnerships they reach now.
  await sql`
    CREATE FUNCTION recount_board_averages(people uuid[]) RETURNS void LANGUAGE sql AS $$
      DELETE FROM board_theme_average WHERE person_id = ANY(people);
      INSERT INTO board_theme_average
        (person_id, period_id, theme_number, sector, scenario, region, score_sum, score_count, partnership_count)
      SELECT b.person_id, s.period_id, s.theme_number, p.sector, p.scenario, p.region,
             sum(COALESCE(s.score, 0)), count(s.score), count(*)
      FROM board_reach b
      JOIN partnership p ON p.id = b.partnership_id
      JOIN theme_summary s ON s.partnership_id = b.partnership_id
      WHERE b.person_id = ANY(people)
      GROUP BY b.person_id, s.period_id, s.theme_number, p.sector, p.scenario, p.region
    $$
  `.execute(db);

  // Transition tables need one trigger per event. A statement trigger fires for no rows too (a submission
  // clears a quarter's summaries before it writes them): then there is nothing to do.
  await sql`
    CREATE FUNCTION summaries_added_to_board_averages() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT FROM added) THEN
        PERFORM add_to_board_averages(ARRAY(SELECT s::theme_summary FROM added s), 1);
      END IF;
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE FUNCTION summaries_removed_from_board_averages() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT FROM removed) THEN
        PERFORM add_to_board_averages(ARRAY(SELECT s::theme_summary FROM removed s), -1);
      END IF;
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE TRIGGER summaries_added_to_board_averages AFTER INSERT ON theme_summary
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION summaries_added_to_board_averages()
  `.execute(db);
  await sql`
    CREATE TRIGGER summaries_removed_from_board_averages AFTER DELETE ON theme_summary
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION summaries_removed_from_board_averages()
  `.execute(db);

  // A board role given or taken: its holder's sums are counted again.
  for (const [event, tables, people] of [
    ['INSERT', 'NEW TABLE AS added', `SELECT person_id FROM added WHERE role = 'board_member'`],
    ['DELETE', 'OLD TABLE AS removed', `SELECT person_id FROM removed WHERE role = 'board_member'`],
    [
      'UPDATE',
      'OLD TABLE AS removed NEW TABLE AS added',
      `SELECT person_id FROM removed WHERE role = 'board_member' UNION SELECT person_id FROM added WHERE role = 'board_member'`,
    ],
  ] as const) {
    const name = `board_roles_recount_averages_${event.toLowerCase()}`;
    await sql`
      CREATE FUNCTION ${sql.raw(name)}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM recount_board_averages(ARRAY(
          SELECT DISTINCT person_id FROM (${sql.raw(people)}) x
        ));
        RETURN NULL;
      END $$
    `.execute(db);
    await sql`
      CREATE TRIGGER ${sql.raw(name)} AFTER ${sql.raw(event)} ON role_assignment
      REFERENCING ${sql.raw(tables)} FOR EACH STATEMENT EXECUTE FUNCTION ${sql.raw(name)}()
    `.execute(db);
  }

  // A partnership's members changed: the board members of the organisations that joined or left are
  // counted again.
  for (const [event, tables, organisations] of [
    ['INSERT', 'NEW TABLE AS added', 'SELECT organisation_id FROM added'],
    ['DELETE', 'OLD TABLE AS removed', 'SELECT organisation_id FROM removed'],
    [
      'UPDATE',
      'OLD TABLE AS removed NEW TABLE AS added',
      'SELECT organisation_id FROM removed UNION SELECT organisation_id FROM added',
    ],
  ] as const) {
    const name = `members_recount_board_averages_${event.toLowerCase()}`;
    await sql`
      CREATE FUNCTION ${sql.raw(name)}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM recount_board_averages(ARRAY(
          SELECT DISTINCT r.person_id FROM role_assignment r
          WHERE r.role = 'board_member' AND r.organisation_id IN (${sql.raw(organisations)})
        ));
        RETURN NULL;
      END $$
    `.execute(db);
    await sql`
      CREATE TRIGGER ${sql.raw(name)} AFTER ${sql.raw(event)} ON partnership_member
      REFERENCING ${sql.raw(tables)} FOR EACH STATEMENT EXECUTE FUNCTION ${sql.raw(name)}()
    `.execute(db);
  }

  // A partnership that changes sector, scenario or region: the board members who reach it are counted again.
  await sql`
    CREATE FUNCTION partnership_regroups_board_averages() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM recount_board_averages(ARRAY(SELECT person_id FROM board_reach WHERE partnership_id = NEW.id));
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE TRIGGER partnership_regroups_board_averages AFTER UPDATE OF sector, scenario, region ON partnership
    FOR EACH ROW WHEN ((OLD.sector, OLD.scenario, OLD.region) IS DISTINCT FROM (NEW.sector, NEW.scenario, NEW.region))
    EXECUTE FUNCTION partnership_regroups_board_averages()
  `.execute(db);

  // Everyone counted again: the backfill below, and after a bulk load without triggers.
  await sql`
    CREATE FUNCTION rebuild_board_averages() RETURNS void LANGUAGE sql AS $$
      SELECT recount_board_averages(ARRAY(SELECT DISTINCT person_id FROM role_assignment WHERE role = 'board_member'))
    $$
  `.execute(db);
  await sql`SELECT rebuild_board_averages()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER partnership_regroups_board_averages ON partnership`.execute(db);
  await sql`DROP FUNCTION partnership_regroups_board_averages()`.execute(db);
  for (const event of ['insert', 'delete', 'update']) {
    await sql`DROP TRIGGER ${sql.raw(`members_recount_board_averages_${event}`)} ON partnership_member`.execute(db);
    await sql`DROP FUNCTION ${sql.raw(`members_recount_board_averages_${event}`)}()`.execute(db);
    await sql`DROP TRIGGER ${sql.raw(`board_roles_recount_averages_${event}`)} ON role_assignment`.execute(db);
    await sql`DROP FUNCTION ${sql.raw(`board_roles_recount_averages_${event}`)}()`.execute(db);
  }
  await sql`DROP TRIGGER summaries_added_to_board_averages ON theme_summary`.execute(db);
  await sql`DROP TRIGGER summaries_removed_from_board_averages ON theme_summary`.execute(db);
  await sql`DROP FUNCTION summaries_added_to_board_averages()`.execute(db);
  await sql`DROP FUNCTION summaries_removed_from_board_averages()`.execute(db);
  await sql`DROP FUNCTION rebuild_board_averages()`.execute(db);
  await sql`DROP FUNCTION recount_board_averages(uuid[])`.execute(db);
  await sql`DROP FUNCTION add_to_board_averages(theme_summary[], integer)`.execute(db);
  await sql`DROP VIEW board_reach`.execute(db);
  await sql`DROP TABLE board_theme_average`.execute(db);
}
