import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { partnershipScope, peerScope } from '../../db/data-scopes.ts';
import { findDataVersions } from '../../db/data-versions.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZPartnershipDashboard } from '@koers/shared/dashboards';
import { roundScore } from '@koers/shared/score-format';
import {
  answeredAssessment,
  createPeerGroup,
  openPeriod,
  recomputedPeerMedians,
  type TPeerGroup,
} from '../../../test/peer-group.ts';
import { computedIn } from '../../../test/computed-in.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { asApplication, buildTestApp, createTestDatabase } from '../../../test/test-app.ts';

describe('a submission makes stale only what depends on it', () => {
  let databaseUrl: string;
  let first: FastifyInstance;
  let second: FastifyInstance;
  let sameScenario: TPeerGroup;
  let otherScenario: TPeerGroup;
  let periodId: string;
  // Submitted later, in the same scenario and quarter as the one watched.
  let latecomers: string[];

  beforeAll(async () => {
    databaseUrl = asApplication(await createTestDatabase());
    [first, second] = await Promise.all([
      buildTestApp({ connectionString: databaseUrl }),
      buildTestApp({ connectionString: databaseUrl }),
    ]);
    sameScenario = await createPeerGroup(first, 'A', 10);
    otherScenario = await createPeerGroup(first, 'C', 1);
    periodId = await openPeriod(sameScenario.admin, '2030-Q1');
    latecomers = sameScenario.partnershipIds.slice(7);
    const submitNow = [...sameScenario.partnershipIds.slice(0, 7), ...otherScenario.partnershipIds];
    for (const [seed, partnershipId] of submitNow.entries()) {
      const pm = sameScenario.partnershipIds.includes(partnershipId) ? sameScenario.pm : otherScenario.pm;
      const { submit } = await answeredAssessment(pm, partnershipId, periodId, seed);
      expect((await submit()).statusCode).toBe(201);
    }
  });
  afterAll(() => Promise.all([first.close(), second.close()]));

  const dashboardOf = (client: TestClient, app: FastifyInstance, partnershipId: string) =>
    computedIn(app, async () => {
      const res = await client.inject({ method: 'GET', url: `/api/partnerships/${partnershipId}/dashboard` });
      expect(res.statusCode).toBe(200);
      return ZPartnershipDashboard.parse(res.json());
    });

  /** Reads until the answer is kept (the first read keeps it) and checks that the last one was kept. */
  async function warm(client: TestClient, app: FastifyInstance, partnershipId: string) {
    await dashboardOf(client, app, partnershipId);
    await dashboardOf(client, app, partnershipId);
    const kept = await dashboardOf(client, app, partnershipId);
    expect(kept.computed).toBe(false);
    return kept.result;
  }

  async function expectRecomputedPeers(
    partnershipId: string,
    dashboard: { themes: { theme: number; peerMedian: number | null }[] },
  ) {
    const recomputed = await recomputedPeerMedians(first, partnershipId, periodId);
    expect(dashboard.themes.map((t) => t.peerMedian)).toEqual(recomputed.map((r) => roundScore(r.median)));
  }

  it('keeps another scenario’s dashboard and shows the same scenario the new peer figures', async () => {
    const { admin } = sameScenario;
    const [watched] = sameScenario.partnershipIds;
    const [elsewhere] = otherScenario.partnershipIds;
    const before = await warm(admin, first, watched ?? '');
    const keptElsewhere = await warm(admin, first, elsewhere ?? '');
    expect(before.peers).toEqual({ count: 6, shown: true });
    // What tells a kept dashboard from a computed one tells them apart.
    expect((await dashboardOf(admin, first, sameScenario.partnershipIds[1] ?? '')).computed).toBe(true);

    const { submit } = await answeredAssessment(sameScenario.pm, latecomers[0] ?? '', periodId, 11);
    // What the submission changes moves once: its partnership, any partnership's, and its peers.
    const moved = [partnershipScope(latecomers[0] ?? ''), 'partnerships', peerScope('A', periodId)];
    const versionsBefore = await findDataVersions(first.pg.pool, moved);
    expect((await submit()).statusCode).toBe(201);
    const versionsAfter = await findDataVersions(first.pg.pool, moved);
    expect(moved.map((scope) => Number(versionsAfter.get(scope)) - Number(versionsBefore.get(scope) ?? 0))).toEqual([
      1, 1, 1,
    ]);

    const elsewhereAfter = await dashboardOf(admin, first, elsewhere ?? '');
    expect(elsewhereAfter.computed).toBe(false);
    expect(elsewhereAfter.result).toEqual(keptElsewhere);
    const after = (await dashboardOf(admin, first, watched ?? '')).result;
    expect(after.peers).toEqual({ count: 7, shown: true });
    await expectRecomputedPeers(watched ?? '', after);
  });

  it('shows an instance’s kept dashboard the peer figures another instance changed', async () => {
    const [watched] = sameScenario.partnershipIds;
    const before = await warm(sameScenario.admin, first, watched ?? '');
    const pmOnSecond = await signedIn(second, sameScenario.pmEmail);
    const { submit } = await answeredAssessment(pmOnSecond, latecomers[1] ?? '', periodId, 13);
    expect((await submit()).statusCode).toBe(201);

    const after = (await dashboardOf(sameScenario.admin, first, watched ?? '')).result;
    expect(after.peers).toEqual({ count: before.peers.count + 1, shown: true });
    await expectRecomputedPeers(watched ?? '', after);
  });

  it('moves no version with a draft save: nothing others read becomes stale', async () => {
    const [watched] = sameScenario.partnershipIds;
    const draft = latecomers[2] ?? '';
    const started = await sameScenario.pm.inject({
      method: 'POST',
      url: `/api/partnerships/${draft}/assessments`,
      payload: { periodId },
    });
    expect(started.statusCode).toBe(201);
    const kept = await warm(sameScenario.admin, first, watched ?? '');
    const versions = async () =>
      (await sql`SELECT scope, version FROM data_version ORDER BY scope`.execute(first.db)).rows;
    const before = await versions();

    await answeredAssessment(sameScenario.pm, draft, periodId, 17);

    expect(await versions()).toEqual(before);
    const after = await dashboardOf(sameScenario.admin, first, watched ?? '');
    expect(after.computed).toBe(false);
    expect(after.result).toEqual(kept);
  });
});
