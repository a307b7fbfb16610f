import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZSessionInfo } from '@koers/shared/auth';
import { ZPartnershipDashboard } from '@koers/shared/dashboards';
import { signedIn } from '../../test/session.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { DEMO_HISTORY, DEMO_STORIES } from './demo-history.ts';
import { DEMO_PARTNERSHIPS } from './demo-partnerships.ts';
import { DEMO_PASSWORD, OTHER_DEMO_PEOPLE } from './demo-people.ts';
import { seedDemoData } from './seed-demo.ts';

const dayAfter = (isoDate: string) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('the demo history', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
  });
  afterAll(() => app.close());

  /** Stored theme scores of one partnership in one quarter: { theme: score }. */
  async function scores(partnership: string, period: string) {
    const rows = await app.db
      .selectFrom('theme_summary as s')
      .innerJoin('partnership as p', 'p.id', 's.partnership_id')
      .innerJoin('period as pe', 'pe.id', 's.period_id')
      .select(['s.theme_number', 's.score', 's.perspective_spread'])
      .where('p.name', '=', partnership)
      .where('pe.code', '=', period)
      .execute();
    return Object.fromEntries(
      rows.map((r) => [r.theme_number, { score: Number(r.score), spread: Number(r.perspective_spread) }]),
    );
  }

  const last = DEMO_HISTORY[DEMO_HISTORY.length - 1] ?? '';
  const previous = DEMO_HISTORY[DEMO_HISTORY.length - 2] ?? '';

  it('gives every partnership two years of submitted quarters, except the one that is overdue', async () => {
    const rows = await app.db
      .selectFrom('assessment as a')
      .innerJoin('partnership as p', 'p.id', 'a.partnership_id')
      .select((eb) => ['p.name', eb.fn.countAll<string>().as('n')])
      .where('a.status', '=', 'submitted')
      .groupBy('p.name')
      .execute();
    expect(rows).toHaveLength(Object.keys(DEMO_STORIES).length);
    for (const row of rows)
      expect(Number(row.n)).toBe(
        row.name === 'Opleidingsschool Flevoland' ? DEMO_HISTORY.length - 1 : DEMO_HISTORY.length,
      );
    expect(await scores('Opleidingsschool Flevoland', last)).toEqual({});
  });

  it('tells the story of a weak theme 4 (Data en feedback)', async () => {
    const twente = await scores('Partnerschap Twente Leert', last);
    expect(twente[4]?.score).toBeLessThan(2);
    expect(Math.min(twente[1]?.score ?? 0, twente[2]?.score ?? 0, twente[3]?.score ?? 0)).toBeGreaterThanOrEqual(2.5);
  });

  it('tells the story of a decline after a key person left', async () => {
    const before = await scores('Opleidingsschool Gelderse Vallei', previous);
    const after = await scores('Opleidingsschool Gelderse Vallei', last);
    const drops = [1, 2, 3, 4, 5].map((t) => (before[t]?.score ?? 0) - (after[t]?.score ?? 0));
    expect(Math.max(...drops)).toBeGreaterThanOrEqual(0.5);
  });

  it('tells the story of a strong theme 5 on a weak foundation', async () => {
    const zeeland = await scores('Samen Opleiden Zeeland', last);
    const foundation = Math.min(...[1, 2, 3, 4].map((t) => zeeland[t]?.score ?? 4));
    expect((zeeland[5]?.score ?? 0) - foundation).toBeGreaterThanOrEqual(1);
  });

  it('tells the story of institute and schools that do not see the same north', async () => {
    const domstad = await scores('Academische Opleidingsschool Domstad', last);
    expect(Math.max(...Object.values(domstad).map((s) => s.spread))).toBeGreaterThanOrEqual(1.5);
  });

  it('dates every submission in its own quarter, weeks after it was started, never on the day of loading', async () => {
    const rows = await app.db
      .selectFrom('assessment as a')
      .innerJoin('period as pe', 'pe.id', 'a.period_id')
      .innerJoin('submission as s', 's.assessment_id', 'a.id')
      .select(['pe.code', 'pe.opens_on', 'a.created_at', 'a.submitted_at', 's.submitted_at as submission_at'])
      .where('a.status', '=', 'submitted')
      .execute();
    expect(rows.length).toBeGreaterThan(80);
    for (const row of rows) {
      const opens = new Date(`${row.opens_on}T00:00:00Z`);
      const ends = new Date(Date.UTC(opens.getUTCFullYear(), opens.getUTCMonth() + 3, 1));
      expect(row.submitted_at?.getTime()).toBeGreaterThanOrEqual(opens.getTime());
      expect(row.submitted_at?.getTime()).toBeLessThan(ends.getTime());
      expect(row.submission_at).toEqual(row.submitted_at);
      expect(row.created_at.getTime()).toBeLessThan(row.submitted_at?.getTime() ?? 0);
    }
    expect(new Set(rows.map((r) => r.submitted_at?.toISOString().slice(0, 10))).size).toBeGreaterThan(20);
    // Each response was saved before it was submitted.
    const unsaved = await app.db.selectFrom('response').select('id').where('version', '=', 1).execute();
    expect(unsaved).toEqual([]);
  });

  it('gives flags their real ages: raised at the submission that first showed them, carried on since', async () => {
    const flags = await app.db
      .selectFrom('flag as f')
      .innerJoin('partnership as p', 'p.id', 'f.partnership_id')
      .innerJoin('period as pe', 'pe.id', 'f.period_id')
      .select(['p.name', 'f.id', 'f.kind', 'f.theme_number', 'f.raised_at', 'pe.code', 'pe.due_on'])
      .execute();
    const readings = await app.db
      .selectFrom('flag_reading as r')
      .innerJoin('period as pe', 'pe.id', 'r.period_id')
      .select(['r.flag_id', 'pe.code', 'r.recorded_at'])
      .orderBy('pe.opens_on')
      .execute();
    const submittedAt = async (name: string, code: string) =>
      (
        await app.db
          .selectFrom('assessment as a')
          .innerJoin('partnership as p', 'p.id', 'a.partnership_id')
          .innerJoin('period as pe', 'pe.id', 'a.period_id')
          .select('a.submitted_at')
          .where('p.name', '=', name)
          .where('pe.code', '=', code)
          .executeTakeFirstOrThrow()
      ).submitted_at;

    // Twente's weak theme 4 was there in the quarter before the last too: one flag, two readings.
    const weak = flags.find((f) => f.name === 'Partnerschap Twente Leert' && f.kind === 'weak' && f.theme_number === 4);
    expect(weak?.code).toBe(last);
    expect(readings.filter((r) => r.flag_id === weak?.id).map((r) => r.code)).toEqual([previous, last]);
    expect(weak?.raised_at).toEqual(await submittedAt('Partnerschap Twente Leert', previous));

    // Every other flag is as old as the submission or due date it came from, none raised today.
    const today = new Date().toISOString().slice(0, 10);
    for (const flag of flags) {
      expect(flag.raised_at.toISOString().slice(0, 10)).not.toBe(today);
      const first = readings.find((r) => r.flag_id === flag.id);
      expect(flag.raised_at).toEqual(first?.recorded_at);
      if (flag.kind === 'overdue') expect(flag.raised_at.toISOString()).toBe(`${dayAfter(flag.due_on)}T06:00:00.000Z`);
      else expect(flag.raised_at).toEqual(await submittedAt(flag.name, first?.code ?? ''));
    }
  });

  it('shows peer medians on the dashboards of all three scenarios, in the last quarter too', async () => {
    // One programme manager per scenario, among them one whose scenario has a partnership that missed
    // the last quarter (Flevoland, C): the medians must still stand on enough peers.
    const managers = ['pm@demo.koers.nl', 'haaglanden@demo.koers.nl', 'domstad@demo.koers.nl'];
    const scenarios = new Set<string>();
    for (const email of managers) {
      const client = await signedIn(app, email, DEMO_PASSWORD);
      const session = ZSessionInfo.parse((await client.inject({ method: 'GET', url: '/api/auth/session' })).json());
      const [partnershipId] = session.user?.access.programmeManagerOf ?? [];
      const res = await client.inject({ method: 'GET', url: `/api/partnerships/${partnershipId}/dashboard` });
      expect(res.statusCode).toBe(200);
      const dashboard = ZPartnershipDashboard.parse(res.json());
      expect(dashboard.period?.code).toBe(last);
      scenarios.add(dashboard.partnership.scenario);
      for (const theme of dashboard.themes) expect(theme.peerMedian, `${email}, theme ${theme.theme}`).not.toBeNull();
    }
    expect([...scenarios].sort()).toEqual(['A', 'B', 'C']);
    // Every partnership has a programme manager who can sign in to see it.
    const managed = new Set(OTHER_DEMO_PEOPLE.flatMap((p) => (p.role === 'programme_manager' ? p.partnerships : [])));
    expect(DEMO_PARTNERSHIPS.filter((p) => p.name !== 'Partnerschap Twente Leert' && !managed.has(p.name))).toEqual([]);
  });

  it('has an open intervision round with sign-ups from six partnerships, for the demo critical friend', async () => {
    const friend = await signedIn(app, 'friend@demo.koers.nl', DEMO_PASSWORD);
    const { items } = (await friend.inject({ method: 'GET', url: '/api/intervision/rounds' })).json() as {
      items: { id: string; signUpOpen: boolean; isFacilitator: boolean; signUpCount: number }[];
    };
    expect(items).toEqual([expect.objectContaining({ signUpOpen: true, isFacilitator: true, signUpCount: 6 })]);
    // Enough for a proposal: the facilitator can try it straight away.
    const round = await friend.inject({ method: 'GET', url: `/api/intervision/rounds/${items[0]?.id}` });
    const partnerships = (round.json() as { signUps: { partnership: { id: string } }[] }).signUps.map(
      (s) => s.partnership.id,
    );
    expect(new Set(partnerships).size).toBe(6);
  });
});
