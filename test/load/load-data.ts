import pg from 'pg';
import { hashPassword } from '../../api/src/modules/auth/passwords.ts';

export const LOAD_PASSWORD = 'koers-load-2026';

export type TLoadData = {
  managers: { email: string; partnershipId: string }[];
  friends: { email: string; personId: string; partnershipIds: string[] }[];
  boardMembers: { email: string; partnershipIds: string[] }[];
  /** Open quarters, in order: each programme manager works through them, one assessment at a time. */
  openPeriodIds: string[];
  /** The published questionnaire's indicators, which a draft answers. */
  indicatorIds: string[];
};

const HISTORY_QUARTERS = ['2390-Q1', '2390-Q2', '2390-Q3', '2390-Q4'];
const OPEN_QUARTERS = 40;

async function insertPeople(db: pg.Client, prefix: string, count: number, hash: string) {
  const emails = Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}@load.koers.nl`);
  const { rows } = await db.query<{ id: string; email: string }>(
    `INSERT INTO person (email, display_name, password_hash, status)
     SELECT e, 'Load ' || e, $2, 'active' FROM unnest($1::text[]) AS e
     RETURNING id, email`,
    [emails, hash],
  );
  const ids = new Map(rows.map((r) => [r.email, r.id]));
  return emails.map((email) => ({ email, id: ids.get(email) ?? '' }));
}

async function assignRoles(
  db: pg.Client,
  role: string,
  grants: { personId: string; partnershipId?: string; organisationId?: string }[],
) {
  await db.query(
    `INSERT INTO role_assignment (person_id, role, partnership_id, organisation_id)
     SELECT * FROM unnest($1::uuid[], $2::role_name[], $3::uuid[], $4::uuid[])`,
    [
      grants.map((g) => g.personId),
      grants.map(() => role),
      grants.map((g) => g.partnershipId ?? null),
      grants.map((g) => g.organisationId ?? null),
    ],
  );
}

/**
 * The load test's world, written in SQL in a few seconds: a partnership per programme manager, with a
 * year of submitted history (summaries for the dashboards, and open flags for the critical friends to
 * follow up), critical friends of two partnerships each, board members of a school board that takes part
 * in three partnerships, and open quarters for new assessments.
 */
export async function createLoadData(
  databaseUrl: string,
  counts: { managers: number; friends: number; boardMembers: number },
): Promise<TLoadData> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const hash = await hashPassword(LOAD_PASSWORD);
    const partnershipIds = (
      await db.query<{ id: string }>(
        `INSERT INTO partnership (name, region, sector, scenario)
         SELECT 'Load partnerschap ' || g,
                (ARRAY['Noord', 'Oost', 'Zuid', 'West', 'Midden', 'Randstad'])[1 + g % 6],
                (ARRAY['po', 'vo', 'mbo'])[1 + g % 3]::sector,
                (ARRAY['A', 'B', 'C'])[1 + (g / 3) % 3]::collaboration_scenario
         FROM generate_series(1, $1::int) g
         RETURNING id`,
        [counts.managers],
      )
    ).rows.map((r) => r.id);
    const at = (i: number) => partnershipIds[i % partnershipIds.length] ?? '';

    const boardIds = (
      await db.query<{ id: string }>(
        `INSERT INTO organisation (name, kind)
         SELECT 'Load schoolbestuur ' || g, 'school_board' FROM generate_series(1, $1::int) g RETURNING id`,
        [counts.boardMembers],
      )
    ).rows.map((r) => r.id);
    const boardPartnerships = boardIds.map((_, b) => [at(2 * b), at(2 * b + 1), at(2 * b + 2)]);
    await db.query(
      `INSERT INTO partnership_member (partnership_id, organisation_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
      [boardPartnerships.flat(), boardIds.flatMap((id) => [id, id, id])],
    );

    const managers = await insertPeople(db, 'pm', counts.managers, hash);
    await assignRoles(
      db,
      'programme_manager',
      managers.map((m, i) => ({ personId: m.id, partnershipId: at(i) })),
    );
    const friends = await insertPeople(db, 'friend', counts.friends, hash);
    const friendPartnerships = friends.map((_, f) => [at(2 * f), at(2 * f + 1)]);
    await assignRoles(
      db,
      'critical_friend',
      friends.flatMap((f, i) =>
        (friendPartnerships[i] ?? []).map((partnershipId) => ({ personId: f.id, partnershipId })),
      ),
    );
    const boardMembers = await insertPeople(db, 'board', counts.boardMembers, hash);
    await assignRoles(
      db,
      'board_member',
      boardMembers.map((b, i) => ({ personId: b.id, organisationId: boardIds[i] ?? '' })),
    );

    // History is consistent by construction; the triggers that freeze submitted assessments would only
    // refuse writing it in this order.
    await db.query('SET session_replication_role = replica');
    await db.query(
      `INSERT INTO period (code, opens_on, due_on)
       SELECT code, make_date(left(code, 4)::int, 1 + 3 * (right(code, 1)::int - 1), 1),
              make_date(left(code, 4)::int, 1 + 3 * (right(code, 1)::int - 1), 1) + 90
       FROM unnest($1::text[]) AS code`,
      [HISTORY_QUARTERS],
    );
    await db.query(
      `WITH v AS (SELECT id FROM instrument_version WHERE status = 'published' ORDER BY version DESC LIMIT 1),
       a AS (
         INSERT INTO assessment (partnership_id, period_id, instrument_version_id, status, submitted_at)
         SELECT p, pe.id, v.id, 'submitted', pe.due_on - 7
         FROM unnest($1::uuid[]) AS p CROSS JOIN period pe CROSS JOIN v
         WHERE pe.code = ANY($2::text[])
         RETURNING id, partnership_id, period_id, instrument_version_id
       ), s AS (
         INSERT INTO submission (assessment_id, idempotency_key, submitted_by)
         SELECT a.id, 'history-' || a.id, (SELECT id FROM person WHERE email = 'pm-1@load.koers.nl') FROM a
       )
       INSERT INTO theme_summary (partnership_id, period_id, theme_number, assessment_id, instrument_version_id,
                                  score, coverage, dont_know_share, perspective_scores, respondent_count)
       SELECT a.partnership_id, a.period_id, t, a.id, a.instrument_version_id, 1.5 + (t % 3) * 0.5, 1, 0,
              jsonb_build_object('coordination', 1.5 + (t % 3) * 0.5), 1
       FROM a CROSS JOIN generate_series(1, 5) t`,
      [partnershipIds, HISTORY_QUARTERS],
    );
    // Something for every critical friend to follow up: a weak flag per theme and quarter of history.
    await db.query(
      `INSERT INTO flag (partnership_id, period_id, theme_number, kind, severity, facts)
       SELECT s.partnership_id, s.period_id, s.theme_number, 'weak', 'high', jsonb_build_object('score', s.score)
       FROM theme_summary s`,
    );
    await db.query('SET session_replication_role = origin');
    // The triggers that keep the peer figures were off for the history: count them once from it.
    await db.query('SELECT rebuild_peer_figures()');

    const openPeriodIds = (
      await db.query<{ id: string; code: string }>(
        `INSERT INTO period (code, opens_on, due_on)
         SELECT (2500 + q / 4) || '-Q' || (1 + q % 4), make_date(2500 + q / 4, 1, 1), make_date(2500 + q / 4, 12, 31)
         FROM generate_series(0, $1::int - 1) q
         RETURNING id, code`,
        [OPEN_QUARTERS],
      )
    ).rows
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((r) => r.id);
    const indicatorIds = (
      await db.query<{ id: string }>(
        `SELECT i.id FROM indicator i JOIN theme t ON t.id = i.theme_id
         JOIN instrument_version v ON v.id = t.instrument_version_id
         WHERE v.status = 'published' ORDER BY t.number, i.position`,
      )
    ).rows.map((r) => r.id);
    await db.query('ANALYZE');

    return {
      managers: managers.map((m, i) => ({ email: m.email, partnershipId: at(i) })),
      friends: friends.map((f, i) => ({ email: f.email, personId: f.id, partnershipIds: friendPartnerships[i] ?? [] })),
      boardMembers: boardMembers.map((b, i) => ({ email: b.email, partnershipIds: boardPartnerships[i] ?? [] })),
      openPeriodIds,
      indicatorIds,
    };
  } finally {
    await db.end();
  }
}
