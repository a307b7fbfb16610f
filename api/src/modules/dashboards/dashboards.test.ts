import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_PEERS, ZBoardOverview, ZPartnershipDashboard, type TPartnershipDashboard } from '@koers/shared/dashboards';
import { evaluateFlags, type TQuarterThemes } from '@koers/shared/flags';
import type { TThemeNumber } from '@koers/shared/themes';
import { createFlag, createPerson, organisationIdByName, partnershipIdByName } from '../../../test/fixtures.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { SHARED_BOARD } from '../../demo/demo-partnerships.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';

describe('dashboards and flags on the demo data', () => {
  let app: FastifyInstance;
  let admin: TestClient;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
  });
  afterAll(() => app.close());

  const dashboard = async (client: TestClient, name: string, query = ''): Promise<TPartnershipDashboard> => {
    const id = await partnershipIdByName(app.db, name);
    const res = await client.inject({ method: 'GET', url: `/api/partnerships/${id}/dashboard${query}` });
    expect(res.statusCode).toBe(200);
    return ZPartnershipDashboard.parse(res.json());
  };
  const flagsOf = async (name: string) =>
    (await dashboard(admin, name)).flags.map((f) => `${f.kind}:${f.theme ?? '-'}`);

  it('shows each story partnership its expected flag, with a reason a person can read', async () => {
    const twente = await dashboard(admin, 'Partnerschap Twente Leert');
    const weak = twente.flags.find((f) => f.kind === 'weak' && f.theme === 4);
    expect(weak).toMatchObject({ severity: 'high', periodCode: '2026-Q3' });
    expect(weak?.reason.nl).toMatch(/^Data en feedback scoort 1,\d+/);
    expect(weak?.reason.en).toMatch(/^Data and feedback scores 1\.\d+/);

    expect(await flagsOf('Opleidingsschool Gelderse Vallei')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^declining:\d$/)]),
    );
    expect(await flagsOf('Samen Opleiden Zeeland')).toContain('foundation_gap:5');
    expect(await flagsOf('Academische Opleidingsschool Domstad')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^divergence:\d$/)]),
    );
    const flevoland = (await dashboard(admin, 'Opleidingsschool Flevoland')).flags;
    expect(flevoland.filter((f) => f.kind === 'overdue').map((f) => f.periodCode)).toEqual(['2026-Q3']);
  });

  it('raises exactly the flags the rules call for, and none they do not', async () => {
    const summaries = await app.db
      .selectFrom('theme_summary as s')
      .innerJoin('period as p', 'p.id', 's.period_id')
      .innerJoin('partnership as pa', 'pa.id', 's.partnership_id')
      .select(['pa.name', 'p.code', 's.theme_number', 's.score', 's.dont_know_share', 's.respondent_spread'])
      .orderBy('p.opens_on')
      .execute();
    const byPartnership = new Map<string, Map<string, TQuarterThemes>>();
    for (const s of summaries) {
      const quarters = byPartnership.get(s.name) ?? new Map<string, TQuarterThemes>();
      const quarter = quarters.get(s.code) ?? {};
      quarter[s.theme_number as TThemeNumber] = {
        score: Number(s.score),
        dontKnowShare: Number(s.dont_know_share),
        respondentSpread: s.respondent_spread === null ? null : Number(s.respondent_spread),
      };
      quarters.set(s.code, quarter);
      byPartnership.set(s.name, quarters);
    }
    for (const [name, quarters] of byPartnership) {
      const history = [...quarters.values()];
      const latest = history.pop() ?? {};
      const expected = evaluateFlags(latest, history).map((f) => `${f.kind}:${f.theme}`);
      const raised = (await flagsOf(name)).filter((f) => !f.startsWith('overdue'));
      expect(raised.sort(), name).toEqual(expected.map((f) => f.replace(':null', ':-')).sort());
    }
  });

  it('compares with the previous quarter and states the change', async () => {
    const vallei = await dashboard(admin, 'Opleidingsschool Gelderse Vallei');
    expect(vallei.period?.code).toBe('2026-Q3');
    expect(vallei.previousPeriod?.code).toBe('2026-Q2');
    for (const theme of vallei.themes) {
      expect(theme.change).toBeCloseTo((theme.score ?? 0) - (theme.previous ?? 0), 2);
    }
    expect(vallei.trend.map((t) => t.periodCode)).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(vallei.indicators).toHaveLength(20);
    const earlier = await dashboard(admin, 'Opleidingsschool Gelderse Vallei', `?periodId=${vallei.periods[2]?.id}`);
    expect(earlier.period?.code).toBe('2026-Q1');
  });

  it('shows the peer median once at least 5 peers share the scenario', async () => {
    // Every demo scenario has six partnerships or more that submitted the last quarter: five peers or more.
    const twente = await dashboard(admin, 'Partnerschap Twente Leert');
    expect(twente.peers.shown).toBe(true);
    expect(twente.peers.count).toBeGreaterThanOrEqual(MIN_PEERS);
    expect(twente.themes.every((t) => t.peerMedian !== null)).toBe(true);
  });

  it('shows board members the narratives once the partnership shares them with its board', async () => {
    const board = await signedIn(
      app,
      (
        await createPerson(app.db, [
          { role: 'board_member', organisationId: await organisationIdByName(app.db, SHARED_BOARD.name) },
        ])
      ).email,
    );
    const id = await partnershipIdByName(app.db, 'Partnerschap Haaglanden Opleiden');
    expect((await dashboard(board, 'Partnerschap Haaglanden Opleiden')).narratives).toEqual([]);
    const manager = await signedIn(
      app,
      (await createPerson(app.db, [{ role: 'programme_manager', partnershipId: id }])).email,
    );
    const shared = await manager.inject({
      method: 'PUT',
      url: `/api/partnerships/${id}/sharing`,
      payload: { sharesWithBoard: true },
    });
    expect(shared.statusCode).toBe(200);
    const seen = await dashboard(board, 'Partnerschap Haaglanden Opleiden');
    expect(seen.narratives).toEqual((await dashboard(admin, 'Partnerschap Haaglanden Opleiden')).narratives);
    expect(seen.narratives.length).toBeGreaterThan(0);
  });

  it('shows board members the narratives only when they may read them, and never lets them add notes', async () => {
    const board = await signedIn(
      app,
      (
        await createPerson(app.db, [
          { role: 'board_member', organisationId: await organisationIdByName(app.db, SHARED_BOARD.name) },
        ])
      ).email,
    );
    const seen = await dashboard(board, 'Partnerschap Twente Leert');
    expect(seen.narratives).toEqual([]);
    expect((await dashboard(admin, 'Partnerschap Twente Leert')).narratives.length).toBeGreaterThan(0);
    const id = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    const note = await board.inject({
      method: 'POST',
      url: `/api/partnerships/${id}/timeline-notes`,
      payload: { notedOn: '2026-04-01', text: 'Nieuw' },
    });
    expect(note.statusCode).toBe(403);
  });

  it('puts a programme manager’s timeline note on the partnership’s dashboard', async () => {
    const pm = await signedIn(app, 'pm@demo.koers.nl', 'koers-demo-2026');
    const id = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    const res = await pm.inject({
      method: 'POST',
      url: `/api/partnerships/${id}/timeline-notes`,
      payload: { notedOn: '2026-04-01', text: 'Nieuwe coördinator gestart' },
    });
    expect(res.statusCode).toBe(201);
    expect((await dashboard(pm, 'Partnerschap Twente Leert')).notes).toEqual([
      expect.objectContaining({ notedOn: '2026-04-01', text: 'Nieuwe coördinator gestart', author: 'Priya Manders' }),
    ]);
  });

  it('gives board members the heatmap of their partnerships, filterable and sortable, with who has not submitted', async () => {
    const board = await signedIn(app, 'board@demo.koers.nl', 'koers-demo-2026');
    const all = ZBoardOverview.parse((await board.inject({ method: 'GET', url: '/api/board-overview' })).json());
    expect(all.period?.code).toBe('2026-Q3');
    expect(all.rows.map((r) => r.name)).toEqual([
      'Partnerschap Haaglanden Opleiden',
      'Partnerschap Twente Leert',
      'Samen Opleiden Amstel-Oost',
    ]);
    expect(all.trend.filter((quarter) => quarter.status !== 'open')).toHaveLength(8);

    const byTheme4 = ZBoardOverview.parse(
      (await board.inject({ method: 'GET', url: '/api/board-overview?sort=theme4&order=asc' })).json(),
    );
    expect(byTheme4.rows[0]?.name).toBe('Partnerschap Twente Leert');

    const adminView = ZBoardOverview.parse(
      (await admin.inject({ method: 'GET', url: '/api/board-overview?sector=mbo' })).json(),
    );
    expect(adminView.total).toBe(4);
    expect(adminView.notSubmitted.map((p) => p.name)).toEqual(['Opleidingsschool Flevoland']);
    const paged = ZBoardOverview.parse(
      (await admin.inject({ method: 'GET', url: '/api/board-overview?pageSize=5&page=4' })).json(),
    );
    expect(paged).toMatchObject({ total: 19 });
    expect(paged.rows).toHaveLength(4);

    const pm = await signedIn(app, 'pm@demo.koers.nl', 'koers-demo-2026');
    expect((await pm.inject({ method: 'GET', url: '/api/board-overview' })).statusCode).toBe(403);
  });

  it('lets an admin change the thresholds that later flags follow', async () => {
    const current = (await admin.inject({ method: 'GET', url: '/api/flag-settings' })).json() as Record<string, number>;
    expect(current.weakAttention).toBe(2.5);
    const res = await admin.inject({
      method: 'PUT',
      url: '/api/flag-settings',
      payload: { ...current, weakAttention: 2.2 },
    });
    expect(res.json()).toMatchObject({ weakAttention: 2.2 });
    const invalid = await admin.inject({
      method: 'PUT',
      url: '/api/flag-settings',
      payload: { ...current, lowCoverage: 2 },
    });
    expect(invalid.statusCode).toBe(400);
    const inverted = await admin.inject({
      method: 'PUT',
      url: '/api/flag-settings',
      payload: { ...current, weakHigh: 2.6, weakAttention: 2.5 },
    });
    expect(inverted.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.weakHigh' }] });
  });

  it('sends the cached answers gzipped to clients that accept it, the same JSON either way', async () => {
    const id = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    for (const url of [`/api/partnerships/${id}/dashboard`, '/api/board-overview', '/api/review-queue']) {
      const plain = await admin.inject({ method: 'GET', url });
      const gzipped = await admin.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipped.headers.vary).toBe('accept-encoding');
      expect(gzipped.rawPayload.byteLength).toBeLessThan(plain.rawPayload.byteLength / 2);
      expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString('utf8'))).toEqual(plain.json());
    }
  });

  it('refuses or narrows a cached answer for whoever may not have all of it', async () => {
    const twente = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    const board = await signedIn(
      app,
      (
        await createPerson(app.db, [
          { role: 'board_member', organisationId: await organisationIdByName(app.db, SHARED_BOARD.name) },
        ])
      ).email,
    );
    const elsewhere = await signedIn(
      app,
      (
        await createPerson(app.db, [
          {
            role: 'programme_manager',
            partnershipId: await partnershipIdByName(app.db, 'Partnerschap Haaglanden Opleiden'),
          },
        ])
      ).email,
    );
    // The admin's answers, with everything in them, are the ones kept.
    expect((await dashboard(admin, 'Partnerschap Twente Leert')).narratives.length).toBeGreaterThan(0);
    const national = ZBoardOverview.parse((await admin.inject({ method: 'GET', url: '/api/board-overview' })).json());

    expect((await dashboard(board, 'Partnerschap Twente Leert')).narratives).toEqual([]);
    const refused = await elsewhere.inject({ method: 'GET', url: `/api/partnerships/${twente}/dashboard` });
    expect(refused.statusCode).toBe(404);
    const ownBoard = ZBoardOverview.parse((await board.inject({ method: 'GET', url: '/api/board-overview' })).json());
    expect(ownBoard.total).toBeLessThan(national.total);
    expect((await elsewhere.inject({ method: 'GET', url: '/api/board-overview' })).statusCode).toBe(403);
  });

  it('never serves a cached dashboard, overview or queue older than the data, even when changed from elsewhere', async () => {
    const name = 'Opleidingsschool Noorderlicht';
    const id = await partnershipIdByName(app.db, name);
    const friend = await signedIn(app, 'friend@demo.koers.nl', 'koers-demo-2026');
    const overview = async () =>
      ZBoardOverview.parse((await admin.inject({ method: 'GET', url: '/api/board-overview?pageSize=100' })).json());
    const queueFlagIds = async () =>
      (
        (await friend.inject({ method: 'GET', url: '/api/review-queue?pageSize=100' })).json() as {
          items: { flag: { id: string } }[];
        }
      ).items.map((i) => i.flag.id);
    const before = await dashboard(admin, name);
    expect(await dashboard(admin, name)).toEqual(before);
    await overview();
    await queueFlagIds();

    // Straight in the database, as another API instance or an admin with psql would.
    await app.db
      .updateTable('partnership')
      .set({ name: 'Opleidingsschool Noorderlicht-Oost' })
      .where('id', '=', id)
      .execute();
    const flagId = await createFlag(app.db, id);

    const after = await dashboard(admin, 'Opleidingsschool Noorderlicht-Oost');
    expect(after.partnership.name).toBe('Opleidingsschool Noorderlicht-Oost');
    expect(after.flags.map((f) => f.id)).toContain(flagId);
    expect((await overview()).rows.map((r) => r.name)).toContain('Opleidingsschool Noorderlicht-Oost');
    expect(await queueFlagIds()).toContain(flagId);
    await app.db.updateTable('partnership').set({ name }).where('id', '=', id).execute();
  });

  it('gives admins the national trend from running sums that match the stored summaries, also after a partnership moves', async () => {
    const expected = async (sector?: 'po' | 'vo' | 'mbo') => {
      let q = app.db
        .selectFrom('theme_summary as s')
        .innerJoin('partnership as p', 'p.id', 's.partnership_id')
        .innerJoin('period as pe', 'pe.id', 's.period_id')
        .select([
          'pe.code',
          's.theme_number',
          (eb) => eb.fn.avg<string>('s.score').as('average'),
          (eb) => eb.fn.count<string>('s.score').as('scored'),
        ])
        .groupBy(['pe.code', 's.theme_number']);
      if (sector) q = q.where('p.sector', '=', sector);
      const rows = await q.execute();
      // A point stands on MIN_PEERS partnerships, or on all in view when fewer are.
      let inView = app.db.selectFrom('partnership').select((eb) => eb.fn.countAll<string>().as('n'));
      if (sector) inView = inView.where('sector', '=', sector);
      const minimum = Math.min(MIN_PEERS, Number((await inView.executeTakeFirstOrThrow()).n));
      return Object.fromEntries(
        rows.map((r) => [
          `${r.code}/${r.theme_number}`,
          [Number(r.scored), Number(r.scored) < minimum ? null : Math.round(Number(r.average) * 100) / 100],
        ]),
      );
    };
    const actual = async (query: string) => {
      const overview = ZBoardOverview.parse(
        (await admin.inject({ method: 'GET', url: `/api/board-overview${query}` })).json(),
      );
      // The open quarter is there before anything is submitted for it; the sums hold submitted ones.
      return Object.fromEntries(
        overview.trend
          .filter((t) => t.submitted > 0)
          .flatMap((t) =>
            Object.entries(t.averages).map(([theme, average]) => [
              `${t.periodCode}/${theme}`,
              [t.partnerships[theme as '1'], average],
            ]),
          ),
      );
    };
    expect(await actual('')).toEqual(await expected());
    expect(await actual('?sector=vo')).toEqual(await expected('vo'));

    const id = await partnershipIdByName(app.db, 'Samen Opleiden Zeeland');
    const { sector } = await app.db
      .selectFrom('partnership')
      .select('sector')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const other = sector === 'vo' ? 'po' : 'vo';
    await app.db.updateTable('partnership').set({ sector: other }).where('id', '=', id).execute();
    expect(await actual('?sector=vo')).toEqual(await expected('vo'));
    expect(await actual(`?sector=${other}`)).toEqual(await expected(other));
    await app.db.updateTable('partnership').set({ sector }).where('id', '=', id).execute();
  });
});
