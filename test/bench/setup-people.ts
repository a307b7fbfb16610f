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
 * People numbered 1 to `count`, `<prefix>-<k>@bench.koers.nl`, named `<name> <k>`, who sign in with the
 * bench password.
 */
async function createNumberedPeople(db: Kysely<unknown>, prefix: string, name: string, count: number) {
  const hash = await hashPassword(BENCH_PASSWORD);
  await sql`
    INSERT INTO person (email, display_name, password_hash, status)
    SELECT ${prefix} || '-' || k || '@bench.koers.nl', ${name} || ' ' || k, ${hash}, 'active'
    FROM generate_series(1, ${count}::integer) k
  `.execute(db);
}

/**
 * Board members of different school boards, for the board overview over many organisations: board member
 * k sits on the board of every k-th organisation (given in `assignBenchRoles`, once the organisations
 * exist), so each sees a different share of the partnerships.
 */
export const BOARD_MEMBERS = 20;
export const boardMember = (k: number) => `board-${k}@bench.koers.nl`;
export const createBoardMembers = (db: Kysely<unknown>) =>
  createNumberedPeople(db, 'board', 'Bench board member', BOARD_MEMBERS);

/**
 * The programme managers whose drafts the save and submit scenarios write: in deadline week each
 * partnership submits its own quarter, so the drafts are spread over every partnership (but the first,
 * whose dashboard the warm read measures), and manager k manages each partnership whose number leaves
 * k - 1 when divided by their count: about a hundred each, as many as the bench manager's region.
 */
export const DEADLINE_MANAGERS = 100;
export const deadlineManager = (k: number) => `pm-${k}@bench.koers.nl`;
export const createDeadlineManagers = (db: Kysely<unknown>) =>
  createNumberedPeople(db, 'pm', 'Bench programme manager', DEADLINE_MANAGERS);

/** Accounts the sign-in scenario guesses at: enough that none of them reaches its per-account limit. */
const SIGN_IN_ACCOUNTS = 2000;
export const signInAccount = (n: number) => `sign-in-${(n % SIGN_IN_ACCOUNTS) + 1}@bench.koers.nl`;
export const createSignInAccounts = (db: Kysely<unknown>) =>
  createNumberedPeople(db, 'sign-in', 'Bench sign-in', SIGN_IN_ACCOUNTS);

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
  await assignInTurn(db, 'board_member', 'organisation', 'Bench schoolbestuur', 'board', BOARD_MEMBERS);
  await assignInTurn(db, 'programme_manager', 'partnership', 'Bench partnerschap', 'pm', DEADLINE_MANAGERS);
}

/**
 * Gives numbered people (see `createNumberedPeople`) a role in each numbered organisation or partnership,
 * in turn: the place numbered n goes to person 1 + n % count.
 */
async function assignInTurn(
  db: Kysely<unknown>,
  role: 'board_member' | 'programme_manager',
  place: 'organisation' | 'partnership',
  placeName: string,
  prefix: string,
  count: number,
) {
  await sql`
    INSERT INTO role_assignment (person_id, role, ${sql.ref(`${place}_id`)})
    SELECT pe.id, ${role}::role_name, x.id
    FROM ${sql.table(place)} x
    JOIN person pe ON pe.email = ${prefix} || '-' || (1 + substring(x.name FROM '(\\d+)$')::int % ${count}::integer) || '@bench.koers.nl'
    WHERE x.name LIKE ${`${placeName} %`}
  `.execute(db);
}

/**
 * Draft assessments, each with a response of the partnership's deadline manager that has every indicator
 * answered: what the save and submit benchmarks write. Quarter after quarter, each quarter a draft for
 * every partnership but the first: submitting them adds a quarter to one partnership after another, as a
 * deadline week does, and the dashboard the warm read measures (partnership 1) keeps its 40 quarters.
 */
export async function createDrafts(pool: Kysely<unknown>, count: number) {
  // One connection throughout: SET holds for its session only.
  return pool.connection().execute((db) => createDraftsOn(db, count));
}

async function createDraftsOn(db: Kysely<unknown>, count: number) {
  await sql`SET session_replication_role = replica`.execute(db);
  await sql`
    WITH bench AS (
      SELECT p.id, m.id AS manager_id, row_number() OVER (ORDER BY p.id) AS n, count(*) OVER () AS total
      FROM partnership p
      JOIN role_assignment ra ON ra.partnership_id = p.id AND ra.role = 'programme_manager'
      JOIN person m ON m.id = ra.person_id AND m.email LIKE 'pm-%@bench.koers.nl'
      WHERE p.name LIKE 'Bench partnerschap %' AND p.name <> 'Bench partnerschap 1'
    ), periods AS (
      INSERT INTO period (code, opens_on, due_on)
      SELECT (2100 + q / 4) || '-Q' || (1 + q % 4), make_date(2100 + q / 4, 1 + 3 * (q % 4), 1),
             make_date(2100 + q / 4, 1 + 3 * (q % 4), 1) + interval '3 months 21 days'
      FROM generate_series(0, ceil(${count}::numeric / (SELECT max(total) FROM bench))::int - 1) q
      RETURNING id, opens_on
    ), pairs AS (
      SELECT bench.id AS partnership_id, bench.manager_id, periods.id AS period_id
      FROM periods CROSS JOIN bench ORDER BY periods.opens_on, bench.n LIMIT ${count}
    ), a AS (
      INSERT INTO assessment (partnership_id, period_id, instrument_version_id)
      SELECT pairs.partnership_id, pairs.period_id,
             (SELECT id FROM instrument_version WHERE status = 'published' ORDER BY version DESC LIMIT 1)
      FROM pairs
      RETURNING id, partnership_id, instrument_version_id
    ), r AS (
      INSERT INTO response (assessment_id, perspective, respondent_person_id, respondent_name)
      SELECT a.id, 'coordination', bench.manager_id, 'Bench pm' FROM a JOIN bench ON bench.id = a.partnership_id
      RETURNING id, assessment_id
    )
    INSERT INTO answer (response_id, indicator_id, score, dont_know)
    SELECT r.id, i.id, 3, false FROM r JOIN a ON a.id = r.assessment_id JOIN theme t ON t.instrument_version_id = a.instrument_version_id JOIN indicator i ON i.theme_id = t.id
  `.execute(db);
  await sql`SET session_replication_role = origin`.execute(db);
  const { rows } = await sql<{ assessment_id: string; response_id: string; manager: string }>`
    SELECT a.id AS assessment_id, r.id AS response_id, m.email AS manager
    FROM assessment a JOIN response r ON r.assessment_id = a.id JOIN person m ON m.id = r.respondent_person_id
    JOIN period pe ON pe.id = a.period_id WHERE a.status = 'draft' ORDER BY pe.opens_on, a.partnership_id
  `.execute(db);
  return rows;
}
