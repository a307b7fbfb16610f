import { sql, type Kysely } from 'kysely';
import { hashPassword } from '../../api/src/modules/auth/passwords.ts';

export const BENCH_PASSWORD = 'bench-password-2026';
export const BENCH_PEOPLE = {
  admin: 'admin@bench.koers.nl',
  manager: 'pm@bench.koers.nl',
  friend: 'friend@bench.koers.nl',
  board: 'board@bench.koers.nl',
} as const;

/** The people the benchmark signs in as: an admin, a programme manager, a critical friend of 50, a board member. */
export async function createBenchPeople(db: Kysely<unknown>) {
  const hash = await hashPassword(BENCH_PASSWORD);
  for (const [role, email] of Object.entries(BENCH_PEOPLE)) {
    await sql`INSERT INTO person (email, display_name, password_hash, status) VALUES (${email}, ${`Bench ${role}`}, ${hash}, 'active')`.execute(
      db,
    );
  }
}

export async function assignBenchRoles(db: Kysely<unknown>) {
  await sql`
    INSERT INTO role_assignment (person_id, role)
    SELECT id, 'admin' FROM person WHERE email = ${BENCH_PEOPLE.admin}
  `.execute(db);
  await sql`
    INSERT INTO role_assignment (person_id, role, partnership_id)
    SELECT pe.id, 'programme_manager', p.id FROM person pe, partnership p
    WHERE pe.email = ${BENCH_PEOPLE.manager} AND p.name IN ('Bench partnerschap 1', 'Bench partnerschap 2')
  `.execute(db);
  await sql`
    INSERT INTO role_assignment (person_id, role, partnership_id)
    SELECT pe.id, 'critical_friend', p.id FROM person pe, partnership p
    WHERE pe.email = ${BENCH_PEOPLE.friend} AND p.name ~ '^Bench partnerschap ([1-9]|[1-4][0-9]|50)$'
  `.execute(db);
  await sql`
    INSERT INTO role_assignment (person_id, role, organisation_id)
    SELECT pe.id, 'board_member', o.id FROM person pe, organisation o
    WHERE pe.email = ${BENCH_PEOPLE.board} AND o.name = 'Bench schoolbestuur 1'
  `.execute(db);
}

/**
 * Draft assessments of the manager's second partnership, one per future quarter, each with a response
 * that has every indicator answered: what the save and submit benchmarks write. The first partnership's
 * dashboard, which the read benchmark measures, keeps its 40 quarters.
 */
export async function createDrafts(pool: Kysely<unknown>, count: number) {
  // One connection throughout: SET holds for its session only.
  return pool.connection().execute((db) => createDraftsOn(db, count));
}

async function createDraftsOn(db: Kysely<unknown>, count: number) {
  await sql`SET session_replication_role = replica`.execute(db);
  await sql`
    WITH periods AS (
      INSERT INTO period (code, opens_on, due_on)
      SELECT (2100 + (q - 1) / 4) || '-Q' || (1 + (q - 1) % 4), date '2100-01-01', date '2100-04-21'
      FROM generate_series(1, ${count}) q RETURNING id
    ), a AS (
      INSERT INTO assessment (partnership_id, period_id, instrument_version_id)
      SELECT p.id, periods.id, (SELECT id FROM instrument_version WHERE status = 'published' ORDER BY version DESC LIMIT 1)
      FROM periods, partnership p WHERE p.name = 'Bench partnerschap 2'
      RETURNING id, instrument_version_id
    ), r AS (
      INSERT INTO response (assessment_id, perspective, respondent_person_id, respondent_name)
      SELECT a.id, 'coordination', (SELECT id FROM person WHERE email = ${BENCH_PEOPLE.manager}), 'Bench pm' FROM a
      RETURNING id, assessment_id
    )
    INSERT INTO answer (response_id, indicator_id, score, dont_know)
    SELECT r.id, i.id, 3, false FROM r JOIN a ON a.id = r.assessment_id JOIN theme t ON t.instrument_version_id = a.instrument_version_id JOIN indicator i ON i.theme_id = t.id
  `.execute(db);
  await sql`SET session_replication_role = origin`.execute(db);
  const { rows } = await sql<{ assessment_id: string; response_id: string }>`
    SELECT a.id AS assessment_id, r.id AS response_id FROM assessment a JOIN response r ON r.assessment_id = a.id
    JOIN period pe ON pe.id = a.period_id WHERE a.status = 'draft' ORDER BY pe.code
  `.execute(db);
  return rows;
}
