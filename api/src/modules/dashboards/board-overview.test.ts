import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_PEERS, ZBoardOverview, type TBoardOverview } from '@koers/shared/dashboards';
import { THEME_NUMBERS } from '@koers/shared/themes';
import { createPerson, partnershipIdByName, storeSubmittedQuarter } from '../../../test/fixtures.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { DEMO_HISTORY, DEMO_STORIES } from '../../demo/demo-history.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('the board overview’s quarters and trend', () => {
  let app: FastifyInstance;
  let admin: TestClient;
  /** A quarter that opened yesterday and is due in a month, whatever today's date. */
  let openPeriodId: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
    ({ id: openPeriodId } = await app.db
      .insertInto('period')
      .values({ code: '2199-Q1', opens_on: day(-1), due_on: day(30) })
      .returning('id')
      .executeTakeFirstOrThrow());
  });
  afterAll(() => app.close());

  const overview = async (client: TestClient, query = ''): Promise<TBoardOverview> => {
    const res = await client.inject({ method: 'GET', url: `/api/board-overview${query}` });
    expect(res.statusCode).toBe(200);
    return ZBoardOverview.parse(res.json());
  };

  /** Submits the open quarter for a partnership with one score for every theme, stored as Koers stores it. */
  async function submitOpenQuarter(name: string, score: number) {
    const partnershipId = await partnershipIdByName(app.db, name);
    const manager = await createPerson(app.db, [{ role: 'programme_manager', partnershipId }]);
    await storeSubmittedQuarter(app.db, { partnershipId, periodId: openPeriodId, score, submittedBy: manager.id });
  }

  it('opens on the latest closed quarter with submissions, and offers the open quarter to choose', async () => {
    const before = await overview(admin);
    expect(before.period).toMatchObject({ code: '2026-Q3', open: false });
    expect(before.defaultPeriodId).toBe(before.period?.id);
    expect(before.periods).toContainEqual({ id: openPeriodId, code: '2199-Q1', open: true });

    // One early submission in the open quarter does not move the board to a quarter of "not submitted".
    await submitOpenQuarter('Partnerschap Twente Leert', 1.5);
    const after = await overview(admin);
    expect(after.period?.code).toBe('2026-Q3');
    expect(after.rows.every((row) => row.submitted)).toBe(false);

    const chosen = await overview(admin, `?periodId=${openPeriodId}&pageSize=100`);
    expect(chosen.period).toEqual({ id: openPeriodId, code: '2199-Q1', open: true });
    expect(chosen.defaultPeriodId).toBe(before.period?.id);
    expect(chosen.rows.filter((row) => row.submitted).map((row) => row.name)).toEqual(['Partnerschap Twente Leert']);
    expect(chosen.notSubmitted).toHaveLength(Object.keys(DEMO_STORIES).length - 1);
  });

  it('says per point how many partnerships it stands on and whether the quarter is still open', async () => {
    const { trend } = await overview(admin);
    // The demo's history is closed; its current quarter may still be open, with nothing submitted.
    const history: readonly string[] = DEMO_HISTORY;
    const closed = trend.filter((quarter) => history.includes(quarter.periodCode));
    expect(closed).toHaveLength(DEMO_HISTORY.length);
    expect(closed.map((quarter) => quarter.status)).toEqual(closed.map(() => 'complete'));
    // Every demo partnership submitted every quarter, except Flevoland in 2026-Q3.
    const partnerships = Object.keys(DEMO_STORIES).length;
    expect(closed.map((quarter) => quarter.submitted)).toEqual(
      closed.map((quarter) => (quarter.periodCode === '2026-Q3' ? partnerships - 1 : partnerships)),
    );
    for (const quarter of closed) {
      expect(Object.values(quarter.partnerships)).toEqual(THEME_NUMBERS.map(() => quarter.submitted));
      expect(Object.values(quarter.averages).every((average) => average !== null)).toBe(true);
    }

    // The open quarter is the newest point, marked open, and its one submission draws no average.
    expect(trend.at(-1)).toEqual({
      periodCode: '2199-Q1',
      status: 'open',
      submitted: 1,
      partnerships: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1 },
      averages: { 1: null, 2: null, 3: null, 4: null, 5: null },
    });

    // With MIN_PEERS submissions it has an average, still marked open.
    for (const name of ['Opleidingsschool Noorderlicht', 'Samen Opleiden Waddenkust', 'Opleidingsschool Rijnmond']) {
      await submitOpenQuarter(name, 3);
    }
    expect((await overview(admin)).trend.at(-1)).toMatchObject({ status: 'open', submitted: MIN_PEERS - 1 });
    await submitOpenQuarter('Partnerschap Limburg Leert', 3.5);
    expect((await overview(admin)).trend.at(-1)).toEqual({
      periodCode: '2199-Q1',
      status: 'open',
      submitted: MIN_PEERS,
      partnerships: { 1: 5, 2: 5, 3: 5, 4: 5, 5: 5 },
      averages: { 1: 2.8, 2: 2.8, 3: 2.8, 4: 2.8, 5: 2.8 },
    });
  });

  it('draws a point on the minimum of partnerships, or on all in view when fewer are, and marks the rest thin', async () => {
    // The demo board member's organisation takes part in three partnerships: a point once all three submitted.
    const board = await signedIn(app, 'board@demo.koers.nl', 'koers-demo-2026');
    const own = await overview(board);
    expect(own.total).toBe(3);
    expect(own.trend.length).toBeGreaterThan(0);
    for (const quarter of own.trend) {
      const drawn = Object.values(quarter.averages).every((average) => average !== null);
      expect(drawn).toBe(quarter.submitted === 3);
      if (!drawn) expect(Object.values(quarter.averages)).toEqual([null, null, null, null, null]);
      const closed = (DEMO_HISTORY as readonly string[]).includes(quarter.periodCode);
      if (closed) expect(quarter.status).toBe(quarter.submitted === 3 ? 'complete' : 'thin');
    }
    expect(own.trend.find((quarter) => quarter.periodCode === '2026-Q3')?.partnerships).toEqual({
      1: 3,
      2: 3,
      3: 3,
      4: 3,
      5: 3,
    });

    // Admins too, once filters narrow the view (four mbo partnerships): never on fewer than all of them.
    const mbo = await overview(admin, '?sector=mbo');
    expect(mbo.total).toBe(4);
    expect(mbo.trend.every((quarter) => quarter.submitted <= 4)).toBe(true);
    for (const quarter of mbo.trend) {
      expect(Object.values(quarter.averages).every((average) => average !== null)).toBe(quarter.submitted === 4);
    }
  });

  it('pages the heatmap in the order asked, each partnership once, with its scores and open flags', async () => {
    const { defaultPeriodId } = await overview(admin);
    const expected = await app.db
      .selectFrom('partnership as p')
      .leftJoin('theme_summary as s', (join) =>
        join.onRef('s.partnership_id', '=', 'p.id').on('s.period_id', '=', defaultPeriodId ?? ''),
      )
      .select(['p.name', 's.theme_number', 's.score'])
      .orderBy('p.name')
      .execute();
    const scores = new Map<string, Map<number, number | null>>();
    for (const row of expected) {
      const themes = scores.get(row.name) ?? new Map<number, number | null>();
      if (row.theme_number !== null) themes.set(row.theme_number, row.score === null ? null : Number(row.score));
      scores.set(row.name, themes);
    }
    const flagged = await app.db
      .selectFrom('flag as f')
      .innerJoin('partnership as p', 'p.id', 'f.partnership_id')
      .select(['p.name'])
      .where('f.status', '<>', 'closed')
      .execute();
    // In the database's order of names (its collation), which ties are broken by.
    const names = [...scores.keys()];
    for (const sort of ['name', 'theme1', 'theme4'] as const) {
      for (const order of ['asc', 'desc'] as const) {
        const key = (name: string) =>
          sort === 'name' ? names.indexOf(name) : (scores.get(name)?.get(Number(sort.slice(5))) ?? null);
        // Missing scores last in both directions, then by name.
        const wanted = [...names].sort((a, b) => {
          const [x, y] = [key(a), key(b)];
          if (x !== y) {
            if (x === null) return 1;
            if (y === null) return -1;
            return (x < y ? -1 : 1) * (order === 'asc' ? 1 : -1);
          }
          return names.indexOf(a) - names.indexOf(b);
        });
        const seen: TBoardOverview['rows'] = [];
        for (let page = 1; seen.length < wanted.length && page <= 10; page++) {
          const shown = await overview(admin, `?pageSize=4&page=${page}&sort=${sort}&order=${order}`);
          expect(shown.total).toBe(names.length);
          seen.push(...shown.rows);
        }
        expect(seen.map((row) => row.name)).toEqual(wanted);
        for (const row of seen) {
          const themes = scores.get(row.name);
          expect(row.scores).toEqual({
            1: themes?.get(1) ?? null,
            2: themes?.get(2) ?? null,
            3: themes?.get(3) ?? null,
            4: themes?.get(4) ?? null,
            5: themes?.get(5) ?? null,
          });
          expect(row.openFlags).toBe(flagged.filter((f) => f.name === row.name).length);
        }
      }
    }
  });

  it('offers every region and quarter with submissions in view, and no other', async () => {
    const { rows: regions } = await sql<{ region: string }>`
      SELECT DISTINCT region FROM partnership ORDER BY region
    `.execute(app.db);
    // A quarter long closed in which nobody submitted is no choice; the admin sees every region.
    const { id: emptyPeriodId } = await app.db
      .insertInto('period')
      .values({ code: '2019-Q1', opens_on: '2019-01-01', due_on: '2019-04-21' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const all = await overview(admin);
    expect(all.regions).toEqual(regions.map((r) => r.region));
    expect(all.periods.map((p) => p.id)).not.toContain(emptyPeriodId);
    const { rows: offered } = await sql<{ id: string }>`
      SELECT id FROM period pe
      WHERE (opens_on <= current_date AND due_on >= current_date)
         OR EXISTS (SELECT 1 FROM assessment a WHERE a.period_id = pe.id AND a.status = 'submitted')
    `.execute(app.db);
    expect(all.periods.map((p) => p.id).sort()).toEqual(offered.map((p) => p.id).sort());

    // A board member: the regions and quarters of their own partnerships only.
    const partnershipId = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    const { organisation_id: organisationId } = await app.db
      .selectFrom('partnership_member')
      .select('organisation_id')
      .where('partnership_id', '=', partnershipId)
      .executeTakeFirstOrThrow();
    const member = await signedIn(app, (await createPerson(app.db, [{ role: 'board_member', organisationId }])).email);
    const { rows: theirs } = await sql<{ region: string }>`
      SELECT DISTINCT p.region FROM partnership p JOIN partnership_member m ON m.partnership_id = p.id
      WHERE m.organisation_id = ${organisationId} ORDER BY p.region
    `.execute(app.db);
    const own = await overview(member);
    expect(own.regions).toEqual(theirs.map((r) => r.region));
    expect(own.regions.length).toBeLessThan(regions.length);
    expect(own.periods.map((p) => p.id)).not.toContain(emptyPeriodId);
  });
});
