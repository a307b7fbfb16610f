import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZPartnershipDashboard, type TPartnershipDashboard } from '@koers/shared/dashboards';
import { roundScore } from '@koers/shared/score-format';
import { computedIn } from '../../../test/computed-in.ts';
import { createPerson, organisationIdByName, partnershipIdByName } from '../../../test/fixtures.ts';
import {
  answeredAssessment,
  createPeerGroup,
  openPeriod,
  recomputedPeerMedians,
  type TPeerGroup,
} from '../../../test/peer-group.ts';
import { renderingsHolding } from '../../../test/renderings-holding.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { asApplication, buildTestApp, createTestDatabase } from '../../../test/test-app.ts';
import { SHARED_BOARD } from '../../demo/demo-partnerships.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { renderDashboardSnapshots } from './dashboard-snapshots.ts';
import { dashboardsToRender } from './dashboard-snapshots.repository.ts';

/** A dashboard as its reader gets it, and whether the request built it from its data. */
async function readDashboard(app: FastifyInstance, client: TestClient, partnershipId: string, query = '') {
  return computedIn(app, async () => {
    const res = await client.inject({ method: 'GET', url: `/api/partnerships/${partnershipId}/dashboard${query}` });
    return res.statusCode === 200 ? ZPartnershipDashboard.parse(res.json()) : res.statusCode;
  });
}

const allToRender = (app: FastifyInstance) => dashboardsToRender(app.db, '', 1000);

describe('dashboards kept rendered, on the demo data', () => {
  let app: FastifyInstance;
  // A second instance, whose read cache has not seen what the first one read.
  let fresh: FastifyInstance;
  let readers: Record<'admin' | 'board' | 'manager', TestClient>;
  let zeeland: string;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = asApplication(await createTestDatabase());
    [app, fresh] = await Promise.all([
      buildTestApp({ connectionString: databaseUrl }),
      buildTestApp({ connectionString: databaseUrl }),
    ]);
    await seedDemoData(app.db);
    zeeland = await partnershipIdByName(app.db, 'Samen Opleiden Zeeland');
    const board = {
      role: 'board_member' as const,
      organisationId: await organisationIdByName(app.db, SHARED_BOARD.name),
    };
    readers = {
      admin: await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email),
      board: await signedIn(app, (await createPerson(app.db, [board])).email),
      manager: await signedIn(
        app,
        (await createPerson(app.db, [{ role: 'programme_manager', partnershipId: zeeland }])).email,
      ),
    };
  });
  afterAll(() => Promise.all([app.close(), fresh.close()]));

  it('sends each reader a rendering as the dashboard built from its data would be', async () => {
    const partnerships = await app.db.selectFrom('partnership').select('id').execute();
    expect(await allToRender(app)).toHaveLength(partnerships.length);
    expect(await renderDashboardSnapshots(app.db)).toBe(partnerships.length);
    // Every one is current now: a second pass has nothing to do.
    expect(await allToRender(app)).toEqual([]);
    expect(await renderDashboardSnapshots(app.db)).toBe(0);

    const compared: TPartnershipDashboard[] = [];
    for (const [who, client] of Object.entries(readers)) {
      for (const { id } of partnerships) {
        const kept = await readDashboard(app, client, id);
        if (typeof kept.result === 'number') {
          // Out of this reader's reach: refused as before, whatever is kept.
          expect(who).not.toBe('admin');
          expect(kept.result).toBe(404);
          continue;
        }
        expect(kept.computed).toBe(false);
        if (!kept.result.period) continue;
        // The same quarter asked for by name is built from the data (or kept from when it was, for a reader
        // who may read what an earlier one might).
        const built = await readDashboard(app, client, id, `?periodId=${kept.result.period.id}`);
        if (who === 'admin') expect(built.computed).toBe(true);
        expect(kept.result).toEqual(built.result);
        compared.push(kept.result);
      }
    }
    // The comparison covers what a reading adds to a rendering, and readers of each kind.
    expect(compared.some((d) => d.peers.shown && d.themes.some((t) => t.peerMedian !== null))).toBe(true);
    expect(compared.some((d) => d.narratives.length > 0)).toBe(true);
    expect(compared.some((d) => d.flags.length > 0)).toBe(true);
    expect(compared.length).toBeGreaterThan(partnerships.length);
  });

  it('builds a dashboard whose rendering is stale, and the next pass renders that one again', async () => {
    const { admin, manager } = readers;
    await renderDashboardSnapshots(app.db);
    const noted = await manager.inject({
      method: 'POST',
      url: `/api/partnerships/${zeeland}/timeline-notes`,
      payload: { notedOn: '2026-11-30', text: 'Gesprek met de critical friend over thema 5.' },
    });
    expect(noted.statusCode).toBe(201);
    expect(await allToRender(app)).toEqual([zeeland]);

    // Never the stale rendering: the read builds the dashboard, with the note.
    const stale = await readDashboard(app, admin, zeeland);
    expect(stale.computed).toBe(true);
    const withNote = stale.result as TPartnershipDashboard;
    expect(withNote.notes.map((n) => n.text)).toContain('Gesprek met de critical friend over thema 5.');

    expect(await renderDashboardSnapshots(app.db)).toBe(1);
    expect(await allToRender(app)).toEqual([]);
    const onFresh = await signedIn(fresh, (await createPerson(app.db, [{ role: 'admin' }])).email);
    const rendered = await readDashboard(fresh, onFresh, zeeland);
    expect(rendered.computed).toBe(false);
    expect(rendered.result).toEqual(withNote);
  });

  it('renders again what another release rendered, and builds that dashboard until then', async () => {
    await renderDashboardSnapshots(app.db);
    await app.db
      .updateTable('dashboard_snapshot')
      .set({ rendering: 'an earlier release' })
      .where('partnership_id', '=', zeeland)
      .execute();
    expect(await allToRender(app)).toEqual([zeeland]);
    const another = await buildTestApp({ connectionString: databaseUrl });
    try {
      const reader = await signedIn(another, (await createPerson(app.db, [{ role: 'admin' }])).email);
      expect((await readDashboard(another, reader, zeeland)).computed).toBe(true);
    } finally {
      await another.close();
    }
    expect(await renderDashboardSnapshots(app.db)).toBe(1);
    expect(await allToRender(app)).toEqual([]);
  });

  it('leaves out what an erasure must take: the renderings go with it', async () => {
    await renderDashboardSnapshots(app.db);
    const author = await createPerson(app.db, [{ role: 'programme_manager', partnershipId: zeeland }], {
      displayName: 'Erik Vergeetmij',
    });
    const client = await signedIn(app, author.email);
    const noted = await client.inject({
      method: 'POST',
      url: `/api/partnerships/${zeeland}/timeline-notes`,
      payload: { notedOn: '2026-12-01', text: 'Notitie van Erik.' },
    });
    expect(noted.statusCode).toBe(201);
    await renderDashboardSnapshots(app.db);
    const holding = () => renderingsHolding(app.db, 'Erik Vergeetmij');
    expect(await holding()).toEqual([zeeland]);

    const erased = await readers.admin.inject({ method: 'POST', url: `/api/people/${author.id}/erasure` });
    expect(erased.statusCode).toBe(200);
    expect(await holding()).toEqual([]);
  });
});

describe('a kept rendering while other partnerships submit', () => {
  let app: FastifyInstance;
  let queueRunner: FastifyInstance;
  let group: TPeerGroup;
  let periodId: string;

  beforeAll(async () => {
    const databaseUrl = asApplication(await createTestDatabase());
    app = await buildTestApp({ connectionString: databaseUrl });
    group = await createPeerGroup(app, 'B', 9);
    periodId = await openPeriod(group.admin, '2031-Q1');
    for (const [seed, partnershipId] of group.partnershipIds.slice(0, 7).entries()) {
      const { submit } = await answeredAssessment(group.pm, partnershipId, periodId, seed);
      expect((await submit()).statusCode).toBe(201);
    }
    // An instance that runs the job queue: its pass at start renders them (and one every minute after).
    queueRunner = await buildTestApp({ connectionString: databaseUrl, env: { KOERS_QUEUE_CONCURRENCY: '1' } });
  });
  afterAll(() => Promise.all([app.close(), queueRunner.close()]));

  it('stays current when peers submit, and is sent with their new figures', async () => {
    await expect.poll(() => allToRender(app), { timeout: 20_000, interval: 200 }).toEqual([]);
    const [watched] = group.partnershipIds;
    const before = await readDashboard(app, group.admin, watched ?? '');
    expect(before.computed).toBe(false);
    expect((before.result as TPartnershipDashboard).peers).toEqual({ count: 6, shown: true });

    const latecomer = group.partnershipIds[7] ?? '';
    const { submit } = await answeredAssessment(group.pm, latecomer, periodId, 17);
    expect((await submit()).statusCode).toBe(201);
    // Only the partnership that submitted has a stale rendering; its peers' renderings hold no peer figures.
    expect(await allToRender(app)).toEqual([latecomer]);

    const after = await readDashboard(app, group.admin, watched ?? '');
    expect(after.computed).toBe(false);
    const dashboard = after.result as TPartnershipDashboard;
    expect(dashboard.peers).toEqual({ count: 7, shown: true });
    const recomputed = await recomputedPeerMedians(app, watched ?? '', periodId);
    expect(dashboard.themes.map((t) => t.peerMedian)).toEqual(recomputed.map((r) => roundScore(r.median)));
  });
});
