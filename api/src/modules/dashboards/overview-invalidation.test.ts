import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZBoardOverview } from '@koers/shared/dashboards';
import { createPerson, organisationIdByName } from '../../../test/fixtures.ts';
import { answeredAssessment, openPeriod } from '../../../test/peer-group.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { SHARED_BOARD } from '../../demo/demo-partnerships.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';

describe('the board overview and the review queue stay kept through submissions elsewhere', () => {
  let app: FastifyInstance;
  let board: TestClient;
  let friend: TestClient;
  let pm: TestClient;
  let periodId: string;
  let theirs: string;
  let elsewhere: string;
  let admin: TestClient;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    const organisationId = await organisationIdByName(app.db, SHARED_BOARD.name);
    const members = await app.db
      .selectFrom('partnership_member')
      .select('partnership_id')
      .where('organisation_id', '=', organisationId)
      .execute();
    const memberIds = members.map((m) => m.partnership_id);
    const outside = await app.db
      .selectFrom('partnership')
      .select('id')
      .where('id', 'not in', memberIds)
      .executeTakeFirstOrThrow();
    [theirs, elsewhere] = [memberIds[0] ?? '', outside.id];
    board = await signedIn(app, (await createPerson(app.db, [{ role: 'board_member', organisationId }])).email);
    friend = await signedIn(
      app,
      (await createPerson(app.db, [{ role: 'critical_friend', partnershipId: theirs }])).email,
    );
    const managing = [theirs, elsewhere].map((partnershipId) => ({
      role: 'programme_manager' as const,
      partnershipId,
    }));
    pm = await signedIn(app, (await createPerson(app.db, managing)).email);
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
    periodId = await openPeriod(admin, '2030-Q1');
  });
  afterAll(() => app.close());

  /** The request and how many queries it made: a kept answer needs its session and its scopes' versions. */
  async function read(client: TestClient, url: string) {
    let queries = 0;
    const count = () => void queries++;
    app.pg.pool.on('acquire', count);
    try {
      const res = await client.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      return { body: res.json<unknown>(), queries };
    } finally {
      app.pg.pool.off('acquire', count);
    }
  }
  const overview = () => read(board, '/api/board-overview');
  const queue = () => read(friend, '/api/review-queue');

  it('keeps them after a submission in a partnership they do not cover, and not after one they do', async () => {
    const [firstOverview, firstQueue] = [await overview(), await queue()];
    expect(firstOverview.queries).toBeGreaterThan(2);
    expect(firstQueue.queries).toBeGreaterThan(2);
    const [keptOverview, keptQueue] = [await overview(), await queue()];
    expect(keptOverview.queries).toBeLessThanOrEqual(2);
    expect(keptQueue.queries).toBeLessThanOrEqual(2);

    const other = await answeredAssessment(pm, elsewhere, periodId, 3);
    expect((await other.submit()).statusCode).toBe(201);
    const [afterOther, queueAfterOther] = [await overview(), await queue()];
    expect(afterOther).toEqual(keptOverview);
    expect(queueAfterOther).toEqual(keptQueue);

    const own = await answeredAssessment(pm, theirs, periodId, 1);
    expect((await own.submit()).statusCode).toBe(201);
    expect((await overview()).queries).toBeGreaterThan(2);
    expect((await queue()).queries).toBeGreaterThan(2);
  });

  it('computes the quarters, regions and trend once while a board member pages through the quarters', async () => {
    const later = await openPeriod(admin, '2030-Q2');
    const first = await read(board, '/api/board-overview?pageSize=10');
    const shown = ZBoardOverview.parse(first.body);
    const another = shown.periods.find((p) => p.id !== shown.period?.id);
    const paged = await read(board, `/api/board-overview?pageSize=10&periodId=${another?.id}`);
    // Its own heatmap page and who has not submitted; the rest as computed for the first.
    expect(paged.queries).toBe(first.queries - 3);
    expect(ZBoardOverview.parse(paged.body).trend).toEqual(shown.trend);
    expect(shown.trend.some((q) => q.periodCode === '2030-Q2')).toBe(false);

    const own = await answeredAssessment(pm, theirs, later, 2);
    expect((await own.submit()).statusCode).toBe(201);
    const after = await read(board, `/api/board-overview?pageSize=10&periodId=${later}`);
    expect(after.queries).toBe(first.queries);
    expect(ZBoardOverview.parse(after.body).trend.find((q) => q.periodCode === '2030-Q2')?.submitted).toBe(1);
  });
});
