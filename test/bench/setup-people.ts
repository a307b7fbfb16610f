import { sql, type Kysely } from 'kysely';
import { hashPassword } from '../../api/src/modules/auth/passwords.ts';

export const BENCH_PASSWORD = 'bench-password-2026';
/** The bench admin's authenticator app: admins who sign in with a password need one (base32, RFC 6238). */
export const BENCH_ADMIN_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const BENCH_PEOPLE = {
  admin: 'admin@bench.koers.nl',
  manager: 'pm@bench.koers.nl',
  friend: 'friend@bench.koers.nl',
  board: 'board@bench.koers.nl',
} as const;

/**
 * The people the benchmark signs in as: an admin, a programme manager of 101 partnerships (a large region),
 * a critical friend of 50, a board member.
 */
export async function createBenchPeople(db: Kysely<unknown>) {
  const hash = await hashPassword(BENCH_PASSWORD);
  for (const [role, email] of Object.entries(BENCH_PEOPLE)) {
    await sql`INSERT INTO person (email, display_name, password_hash, status) VALUES (${email}, ${`Bench ${role}`}, ${hash}, 'active')`.execute(
      db,
    );
  }
  // In plain text, as Koers kept secrets before it sealed them: the API seals it when it starts, as on an upgrade.
  await sql`
    INSERT INTO totp_factor (person_id, secret, confirmed_at)
    SELECT id, ${BENCH_ADMIN_TOTP_SECRET}, now() FROM person WHERE email = ${BENCH_PEOPLE.admin}
  `.execute(db);
}

/**
 * Board members of different school boards, for the board overview over many organisations: board member
 * k sits on the board of every k-th organisation (given in `assignBenchRoles`, once the organisations
 * exist), so each sees a different share of the partnerships.
 */
export const BOARD_MEMBERS = 20;
export const boardMember = (k: number) => `board-${k}@bench.koers.nl`;

export async function createBoardMembers(db: Kysely<unknown>) {
  const hash = await hashPassword(BENCH_PASSWORD);
  await sql`
    INSERT INTO person (email, display_name, password_hash, status)
    SELECT 'board-' || k || '@bench.koers.nl', 'Bench board member ' || k, ${hash}, 'active'
    FROM generate_series(1, ${BOARD_MEMBERS}) k
  `.execute(db);
}

/** Accounts the sign-in scenario guesses at: enough that none of them reaches its per-account limit. */
const SIGN_IN_ACCOUNTS = 2000;
export const signInAccount = (n: number) => `sign-in-${(n % SIGN_IN_ACCOUNTS) + 1}@bench.koers.nl`;

export async function createSignInAccounts(db: Kysely<unknown>) {
  const hash = await hashPassword(BENCH_PASSWORD);
  await sql`
    INSERT INTO person (email, display_name, password_hash, status)
    SELECT 'sign-in-' || n || '@bench.koers.nl', 'Bench sign-in ' || n, ${hash}, 'active'
    FROM generate_series(1, ${SIGN_IN_ACCOUNTS}) n
  `.execute(db);
}

export async function assignBenchRoles(db: Kysely<unknown>) {
  await sql`
    INSERT INTO role_assignment (person_id, role)
    SELECT id, 'admin' FROM person WHERE email = ${BENCH_PEOPLE.admin}
  `.execute(db);
  await sql`
    INSERT INTO role_assignment (person_id, role, partnership_id)
    SELECT pe.id, 'programme_manager', p.id FROM person pe, partnership p
    WHERE pe.email = ${BENCH_PEOPLE.manager} AND p.name ~ '^Bench partnerschap ([1-9][0-9]?|10[01])$'
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
  await sql`
    INSERT INTO role_assignment (person_id, role, organisation_id)
    SELECT pe.id, 'board_member', o.id
    FROM organisation o
    JOIN person pe ON pe.email = 'board-' || (1 + substring(o.name FROM 'bestuur (\\d+)')::int % ${BOARD_MEMBERS}) || '@bench.koers.nl'
    WHERE o.name LIKE 'Bench schoolbestuur %'
  `.execute(db);
}

/**
 * Draft assessments, each with a response that has every indicator answered: what the save and submit
 * benchmarks write. They belong to the manager's partnerships 2 to 101, quarter after quarter: submitting
 * them adds a quarter per hundred submissions to the trends, and the dashboard the read benchmark measures
 * (partnership 1) keeps its 40 quarters.
 */
export async function createDrafts(pool: Kysely<unknown>, count: number) {
  // One connection throughout: SET holds for its session only.
  return pool.connection().execute((db) => createDraftsOn(db, count));
}

async function createDraftsOn(db: Kysely<unknown>, count: number) {
  await sql`SET session_replication_role = replica`.execute(db);
  await sql`
    WITH bench AS (
      SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM partnership
      WHERE name ~ '^Bench partnerschap ([2-9]|[1-9][0-9]|10[01])$'
    ), periods AS (
      INSERT INTO period (code, opens_on, due_on)
      SELECT (2100 + q / 4) || '-Q' || (1 + q % 4), make_date(2100 + q / 4, 1 + 3 * (q % 4), 1),
             make_date(2100 + q / 4, 1 + 3 * (q % 4), 1) + interval '3 months 21 days'
      FROM generate_series(0, ceil(${count}::numeric / (SELECT max(total) FROM bench))::int - 1) q
      RETURNING id, opens_on
    ), pairs AS (
      SELECT bench.id AS partnership_id, periods.id AS period_id
      FROM periods CROSS JOIN bench ORDER BY periods.opens_on, bench.n LIMIT ${count}
    ), a AS (
      INSERT INTO assessment (partnership_id, period_id, instrument_version_id)
      SELECT pairs.partnership_id, pairs.period_id,
             (SELECT id FROM instrument_version WHERE status = 'published' ORDER BY version DESC LIMIT 1)
      FROM pairs
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
    JOIN period pe ON pe.id = a.period_id WHERE a.status = 'draft' ORDER BY pe.opens_on, a.partnership_id
  `.execute(db);
  return rows;
}
