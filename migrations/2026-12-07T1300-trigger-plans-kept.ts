import { sql, type Kysely } from 'kysely';

// Frozen in time: the functions a submission's triggers run plan their statements once per connection
// instead of at every call. As LANGUAGE sql functions called from triggers, PostgreSQL parsed and planned
// their statements at each call, and plpgsql planned some anew per call as well (it cannot tell an array
// argument's length, so a plan per call looked cheaper): together about 1.8 of the 8.4 ms of PostgreSQL
// time per submission (measured at scale 0.2), most of it under the peer group's lock, where every other
// submission of the group waits. As plpgsql with the generic plan they plan once per connection; the
// generic plans are the ones wanted (index lookups per summary and per count; checked at 10,000
// partnerships).

/** The bodies of the former LANGUAGE sql functions, each one statement, with their signatures. */
const STATEMENTS = [
  {
    signature: 'add_to_theme_averages(partnership uuid, summaries theme_summary[], sign integer)',
    statement: `
      INSERT INTO theme_average AS t
        (period_id, theme_number, sector, scenario, region, score_sum, score_count, partnership_count)
      SELECT s.period_id, s.theme_number, p.sector, p.scenario, p.region,
             sign * sum(COALESCE(s.score, 0)), sign * count(s.score), sign * count(*)
      FROM unnest(summaries) s JOIN partnership p ON p.id = partnership
      GROUP BY s.period_id, s.theme_number, p.sector, p.scenario, p.region
      ON CONFLICT (period_id, theme_number, sector, scenario, region) DO UPDATE
        SET score_sum = t.score_sum + excluded.score_sum,
            score_count = t.score_count + excluded.score_count,
            partnership_count = t.partnership_count + excluded.partnership_count`,
  },
  {
    signature: 'add_to_board_averages(summaries theme_summary[], sign integer)',
    statement: `
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
            partnership_count = t.partnership_count + excluded.partnership_count`,
  },
  {
    signature: 'bump_data_versions(scopes text[])',
    statement: `
      INSERT INTO data_version AS d (scope, version)
      SELECT DISTINCT s, 1 FROM unnest(scopes) s WHERE s IS NOT NULL
      ORDER BY 1
      ON CONFLICT (scope) DO UPDATE SET version = d.version + 1`,
  },
];

/** The plpgsql functions that change peer counts and figures under a group's lock. */
const PEER_FUNCTIONS = ['count_peer_scores(peer_score[])', 'recount_peer_figures(collaboration_scenario, uuid)'];

const define = (signature: string, language: 'sql' | 'plpgsql', body: string) =>
  sql`CREATE OR REPLACE FUNCTION ${sql.raw(signature)} RETURNS void LANGUAGE ${sql.raw(language)} AS ${sql.raw(`$$${body}$$`)}`;

export async function up(db: Kysely<any>): Promise<void> {
  for (const { signature, statement } of STATEMENTS) {
    await define(signature, 'plpgsql', `BEGIN ${statement}; END`).execute(db);
    await sql`ALTER FUNCTION ${sql.raw(signature)} SET plan_cache_mode = force_generic_plan`.execute(db);
  }
  for (const signature of PEER_FUNCTIONS) {
    await sql`ALTER FUNCTION ${sql.raw(signature)} SET plan_cache_mode = force_generic_plan`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const signature of PEER_FUNCTIONS) {
    await sql`ALTER FUNCTION ${sql.raw(signature)} RESET plan_cache_mode`.execute(db);
  }
  for (const { signature, statement } of STATEMENTS) {
    await sql`ALTER FUNCTION ${sql.raw(signature)} RESET plan_cache_mode`.execute(db);
    await define(signature, 'sql', statement).execute(db);
  }
}
