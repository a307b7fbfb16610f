import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZBoardOverview } from '@koers/shared/dashboards';
import { roundScore } from '@koers/shared/score-format';
import { createPeriod, createPerson, storeSubmittedQuarter, type TTestPerson } from '../../../test/fixtures.ts';
import { signedIn } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import * as assessments from '../assessments/assessments.repository.ts';

type TSumRow = {
  person_id: string;
  period_id: string;
  theme_number: number;
  sector: string;
  scenario: string;
  region: string;
  score_sum: string;
  score_count: number;
  partnership_count: number;
};

/**
 * The sums kept per board member (board_theme_average) against a count from scratch: every stored summary
 * of every partnership a board member's school boards take part in, each partnership once.
 */
describe('the running sums kept per board member', () => {
  let app: FastifyInstance;
  /** A partnership with two member organisations, and a third organisation in another partnership. */
  let shared: { partnershipId: string; first: string; second: string };
  let other: { partnershipId: string; organisationId: string };
  let member: TTestPerson;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    const pairs = await sql<{ partnership_id: string; first: string; second: string }>`
      SELECT a.partnership_id, a.organisation_id AS first, b.organisation_id AS second
      FROM partnership_member a JOIN partnership_member b
        ON b.partnership_id = a.partnership_id AND b.organisation_id > a.organisation_id
      ORDER BY a.partnership_id LIMIT 1
    `.execute(app.db);
    const pair = pairs.rows[0];
    if (!pair) throw new Error('the demo has no partnership with two members');
    shared = { partnershipId: pair.partnership_id, first: pair.first, second: pair.second };
    const elsewhere = await app.db
      .selectFrom('partnership_member')
      .select(['partnership_id', 'organisation_id'])
      .where('partnership_id', '<>', shared.partnershipId)
      .where('organisation_id', 'not in', [shared.first, shared.second])
      .orderBy('partnership_id')
      .executeTakeFirstOrThrow();
    other = { partnershipId: elsewhere.partnership_id, organisationId: elsewhere.organisation_id };
    // Both of the shared partnership's organisations: it must count once in this member's sums.
    member = await createPerson(app.db, [
      { role: 'board_member', organisationId: shared.first },
      { role: 'board_member', organisationId: shared.second },
    ]);
  });
  afterAll(() => app.close());

  /** The kept rows, leaving out groups whose partnerships all left (they stay at zero). */
  async function keptSums(): Promise<TSumRow[]> {
    const rows = await sql<TSumRow>`
      SELECT person_id, period_id, theme_number, sector::text, scenario::text, region,
             score_sum::text, score_count, partnership_count
      FROM board_theme_average
      WHERE partnership_count <> 0 OR score_count <> 0 OR score_sum <> 0
      ORDER BY 1, 2, 3, 4, 5, 6
    `.execute(app.db);
    return rows.rows.map((r) => ({ ...r, score_sum: Number(r.score_sum).toFixed(4) }));
  }

  async function countedFromScratch(): Promise<TSumRow[]> {
    const rows = await sql<TSumRow>`
      WITH reach AS (
        SELECT DISTINCT r.person_id, m.partnership_id
        FROM role_assignment r JOIN partnership_member m ON m.organisation_id = r.organisation_id
        WHERE r.role = 'board_member'
      )
      SELECT reach.person_id, s.period_id, s.theme_number, p.sector::text, p.scenario::text, p.region,
             sum(COALESCE(s.score, 0))::text AS score_sum, count(s.score)::int AS score_count,
             count(*)::int AS partnership_count
      FROM reach JOIN partnership p ON p.id = reach.partnership_id
      JOIN theme_summary s ON s.partnership_id = reach.partnership_id
      GROUP BY 1, 2, 3, 4, 5, 6
      ORDER BY 1, 2, 3, 4, 5, 6
    `.execute(app.db);
    return rows.rows.map((r) => ({ ...r, score_sum: Number(r.score_sum).toFixed(4) }));
  }

  async function expectKeptSumsExact() {
    const [kept, scratch] = await Promise.all([keptSums(), countedFromScratch()]);
    expect(scratch.length).toBeGreaterThan(0);
    expect(kept).toEqual(scratch);
  }

  const submit = async (partnershipId: string, periodId: string, score: number) =>
    storeSubmittedQuarter(app.db, {
      partnershipId,
      periodId,
      score,
      submittedBy: (await createPerson(app.db, [{ role: 'programme_manager', partnershipId }])).id,
    });

  it('start from the stored summaries, counting a partnership reached through two boards once', async () => {
    await expectKeptSumsExact();
    const shares = await app.db
      .selectFrom('board_theme_average')
      .select(sql<string>`sum(partnership_count)`.as('n'))
      .where('person_id', '=', member.id)
      .executeTakeFirstOrThrow();
    const summaries = await app.db
      .selectFrom('theme_summary')
      .select(sql<string>`count(*)`.as('n'))
      .where('partnership_id', '=', shared.partnershipId)
      .executeTakeFirstOrThrow();
    // Every other partnership either organisation is in adds to this; the shared one adds once.
    expect(Number(shares.n)).toBeGreaterThanOrEqual(Number(summaries.n));
  });

  it('follow submissions and reopened quarters', async () => {
    const periodId = await createPeriod(app.db);
    const first = await submit(shared.partnershipId, periodId, 2.5);
    await submit(other.partnershipId, periodId, 3.25);
    await expectKeptSumsExact();
    const admin = await createPerson(app.db, [{ role: 'admin' }]);
    await assessments.reopen(app.db, first, admin.id, 'Verkeerd ingevuld');
    await expectKeptSumsExact();
  });

  it('follow board roles given and taken, partnership members changing and a partnership changing group', async () => {
    await app.db
      .insertInto('role_assignment')
      .values({ person_id: member.id, role: 'board_member', organisation_id: other.organisationId })
      .execute();
    await expectKeptSumsExact();
    // Still reached through the second board: the shared partnership stays in, once.
    await app.db
      .deleteFrom('role_assignment')
      .where('person_id', '=', member.id)
      .where('organisation_id', '=', shared.first)
      .execute();
    await expectKeptSumsExact();

    await app.db
      .insertInto('partnership_member')
      .values({ partnership_id: shared.partnershipId, organisation_id: other.organisationId })
      .execute();
    await expectKeptSumsExact();
    await app.db
      .deleteFrom('partnership_member')
      .where('partnership_id', '=', other.partnershipId)
      .where('organisation_id', '=', other.organisationId)
      .execute();
    await expectKeptSumsExact();

    const { scenario } = await app.db
      .selectFrom('partnership')
      .select('scenario')
      .where('id', '=', shared.partnershipId)
      .executeTakeFirstOrThrow();
    await app.db
      .updateTable('partnership')
      .set({ scenario: scenario === 'A' ? 'B' : 'A', region: 'Elders' })
      .where('id', '=', shared.partnershipId)
      .execute();
    await expectKeptSumsExact();
  });

  it('give a board member the trend of their own partnerships, each counted once', async () => {
    const client = await signedIn(app, member.email);
    const res = await client.inject({ method: 'GET', url: '/api/board-overview' });
    expect(res.statusCode).toBe(200);
    const { trend } = ZBoardOverview.parse(res.json());
    const expected = await sql<{ code: string; theme_number: number; average: string; scored: string }>`
      WITH reach AS (
        SELECT DISTINCT m.partnership_id
        FROM role_assignment r JOIN partnership_member m ON m.organisation_id = r.organisation_id
        WHERE r.role = 'board_member' AND r.person_id = ${member.id}
      )
      SELECT pe.code, s.theme_number, avg(s.score)::text AS average, count(s.score)::text AS scored
      FROM reach JOIN theme_summary s ON s.partnership_id = reach.partnership_id
      JOIN period pe ON pe.id = s.period_id
      GROUP BY pe.code, s.theme_number
    `.execute(app.db);
    expect(expected.rows.length).toBeGreaterThan(0);
    for (const row of expected.rows) {
      const quarter = trend.find((q) => q.periodCode === row.code);
      const theme = String(row.theme_number) as '1' | '2' | '3' | '4' | '5';
      expect(quarter?.partnerships[theme]).toBe(Number(row.scored));
      const shown = quarter?.averages[theme];
      if (shown !== null && shown !== undefined) expect(shown).toBe(roundScore(Number(row.average)));
    }
  });

  it('leave nothing of an erased board member', async () => {
    await app.db.deleteFrom('person').where('id', '=', member.id).execute();
    const left = await app.db
      .selectFrom('board_theme_average')
      .select('person_id')
      .where('person_id', '=', member.id)
      .execute();
    expect(left).toEqual([]);
    await expectKeptSumsExact();
  });
});
