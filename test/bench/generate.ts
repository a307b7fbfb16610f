import { sql, type Kysely } from 'kysely';

/**
 * Generates a synthetic national-scale-and-beyond data set in SQL, in a few statements: partnerships
 * with member organisations, quarters, submitted assessments with one response each and an answer per
 * indicator, and what their submissions write: submission rows, the stored theme summaries computed from
 * those answers, flags with their readings, and actions.
 * At scale 1: 10,000 partnerships x 40 quarters x 20 indicators = 8 million answers.
 */
export type TBenchScale = { partnerships: number; quarters: number };

/** The regions the partnerships are spread over (the board overview filters on them). */
export const BENCH_REGIONS = ['Noord', 'Oost', 'Zuid', 'West', 'Midden', 'Randstad'];

export function benchScale(scale: number): TBenchScale {
  return { partnerships: Math.max(12, Math.round(10_000 * scale)), quarters: 40 };
}

export async function generate(
  pool: Kysely<unknown>,
  { partnerships, quarters }: TBenchScale,
  log: (m: string) => void,
) {
  // One connection throughout: the SET statements below hold for this session only.
  await pool.connection().execute((db) => generateOn(db, { partnerships, quarters }, log));
}

async function generateOn(db: Kysely<unknown>, { partnerships, quarters }: TBenchScale, log: (m: string) => void) {
  const step = async (label: string, statement: ReturnType<typeof sql>) => {
    const started = Date.now();
    await statement.execute(db);
    log(`  ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };
  // Generated rows are consistent by construction; per-row triggers (immutability checks) would only
  // slow the bulk load down, so they are off for this session.
  await sql`SET session_replication_role = replica`.execute(db);

  await step(
    'organisations and partnerships',
    sql`
    WITH boards AS (
      INSERT INTO organisation (name, kind)
      SELECT 'Bench schoolbestuur ' || g, 'school_board' FROM generate_series(1, ${partnerships}) g RETURNING id, name
    ), partnerships AS (
      INSERT INTO partnership (name, region, sector, scenario)
      SELECT 'Bench partnerschap ' || g,
             (${BENCH_REGIONS}::text[])[1 + g % ${BENCH_REGIONS.length}],
             (ARRAY['po', 'vo', 'mbo'])[1 + g % 3]::sector,
             (ARRAY['A', 'B', 'C'])[1 + (g / 3) % 3]::collaboration_scenario
      FROM generate_series(1, ${partnerships}) g RETURNING id, name
    )
    INSERT INTO partnership_member (partnership_id, organisation_id)
    SELECT p.id, b.id FROM partnerships p JOIN boards b ON substring(b.name FROM 'bestuur (\\d+)') = substring(p.name FROM 'schap (\\d+)')
  `,
  );

  await step(
    'quarters',
    sql`
    INSERT INTO period (code, opens_on, due_on)
    SELECT (2016 + (q - 1) / 4) || '-Q' || (1 + (q - 1) % 4),
           make_date(2016 + (q - 1) / 4, 1 + 3 * ((q - 1) % 4), 1),
           make_date(2016 + (q - 1) / 4, 1 + 3 * ((q - 1) % 4), 1) + interval '3 months 21 days'
    FROM generate_series(1, ${quarters}) q
    ON CONFLICT (code) DO NOTHING
  `,
  );

  await step(
    'assessments and responses',
    sql`
    WITH v AS (SELECT id FROM instrument_version WHERE status = 'published' ORDER BY version DESC LIMIT 1),
    a AS (
      INSERT INTO assessment (partnership_id, period_id, instrument_version_id, status, submitted_at)
      SELECT p.id, pe.id, v.id, 'submitted', pe.due_on - 7
      FROM partnership p CROSS JOIN (SELECT id, due_on FROM period ORDER BY opens_on LIMIT ${quarters}) pe CROSS JOIN v
      WHERE p.name LIKE 'Bench %'
      RETURNING id, partnership_id
    )
    INSERT INTO response (assessment_id, perspective, respondent_name, imported)
    SELECT a.id, 'coordination', 'Bench', true FROM a
  `,
  );

  // Building an index once over 8 million rows is much faster than growing it row by row.
  await sql`ALTER TABLE answer DROP CONSTRAINT answer_pkey`.execute(db);
  await sql`DROP INDEX answer_indicator_id_idx`.execute(db);
  await step(
    'answers',
    sql`
    INSERT INTO answer (response_id, indicator_id, score, dont_know)
    SELECT r.id, i.id, 1 + floor(random() * 4)::int, false
    FROM response r
    JOIN assessment a ON a.id = r.assessment_id
    JOIN theme t ON t.instrument_version_id = a.instrument_version_id
    JOIN indicator i ON i.theme_id = t.id
    WHERE r.respondent_name = 'Bench'
  `,
  );

  await sql`SET maintenance_work_mem = '512MB'`.execute(db);
  await step(
    'answer indexes',
    sql`ALTER TABLE answer ADD CONSTRAINT answer_pkey PRIMARY KEY (response_id, indicator_id)`,
  );
  await sql`CREATE INDEX answer_indicator_id_idx ON answer (indicator_id)`.execute(db);
  await step(
    'theme summaries from the answers',
    sql`
    INSERT INTO theme_summary (partnership_id, period_id, theme_number, assessment_id, instrument_version_id, score, coverage, dont_know_share, perspective_scores, respondent_count)
    SELECT a.partnership_id, a.period_id, t.number, a.id, a.instrument_version_id, round(avg(an.score), 2), 1, 0,
           jsonb_build_object('coordination', round(avg(an.score), 2)), 1
    FROM assessment a
    JOIN response r ON r.assessment_id = a.id
    JOIN answer an ON an.response_id = r.id
    JOIN indicator i ON i.id = an.indicator_id
    JOIN theme t ON t.id = i.theme_id
    WHERE r.respondent_name = 'Bench'
    GROUP BY a.id, a.partnership_id, a.period_id, a.instrument_version_id, t.number
  `,
  );

  // Triggers are off for this session: every figure that submissions keep up to date (the running sums,
  // the peer figures per scenario and quarter) is counted once here, from all summaries.
  await step('theme averages', sql`SELECT rebuild_theme_averages()`);
  await step('peer figures', sql`SELECT rebuild_peer_figures()`);
  await step("board members' averages", sql`SELECT rebuild_board_averages()`);

  // What a submission writes besides its summaries: its submission row (who submitted, under which key).
  await step(
    'submissions',
    sql`
    INSERT INTO submission (assessment_id, idempotency_key, submitted_by, submitted_at)
    SELECT a.id, 'bench-' || a.id, owner.id, a.submitted_at
    FROM assessment a CROSS JOIN (SELECT id FROM person ORDER BY created_at LIMIT 1) owner
    WHERE a.status = 'submitted'
  `,
  );

  // Flags as a submission raises them: the flag with its latest reading, and that quarter's reading kept
  // in flag_reading (the flag's history).
  await step(
    'flags, their readings and actions',
    sql`
    WITH latest AS (SELECT id FROM period ORDER BY opens_on DESC LIMIT 1),
    f AS (
      INSERT INTO flag (partnership_id, period_id, theme_number, kind, severity, facts)
      SELECT s.partnership_id, s.period_id, s.theme_number, 'weak', CASE WHEN s.score < 2 THEN 'high' ELSE 'attention' END::flag_severity,
             jsonb_build_object('score', s.score)
      FROM theme_summary s JOIN latest ON latest.id = s.period_id
      WHERE s.score < 2.5
      RETURNING id, partnership_id, period_id, severity, facts, raised_at
    ), readings AS (
      INSERT INTO flag_reading (flag_id, period_id, severity, facts, recorded_at)
      SELECT id, period_id, severity, facts, raised_at FROM f
    ), owner AS (SELECT id FROM person ORDER BY created_at LIMIT 1),
    acts AS (
      INSERT INTO action (partnership_id, theme_number, description, owner_id, due_on, support_type, created_by)
      SELECT f.partnership_id, 4, 'Bench actie', owner.id, current_date + 30, 'peer_review', owner.id FROM f CROSS JOIN owner
      RETURNING id, partnership_id
    )
    INSERT INTO action_flag (action_id, flag_id)
    SELECT acts.id, f.id FROM acts JOIN f ON f.partnership_id = acts.partnership_id
    ON CONFLICT DO NOTHING
  `,
  );

  await sql`SET session_replication_role = origin`.execute(db);
  // Vacuumed and analysed now, as a settled database is: otherwise autovacuum works through the 8 million
  // new rows during the first measurements.
  await step('vacuum and statistics', sql`VACUUM (ANALYZE)`);
}
