import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answeredAssessment,
  createPeerGroup,
  expectPeerFiguresExact,
  openPeriod,
  type TPeerGroup,
} from '../../../test/peer-group.ts';
import { asApplication, buildTestApp, createTestDatabase } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';

describe('peer figures kept at every change of the summaries', () => {
  let app: FastifyInstance;
  let group: TPeerGroup;
  let periodId: string;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = asApplication(await createTestDatabase());
    app = await buildTestApp({ connectionString: databaseUrl });
    await seedDemoData(app.db);
    group = await createPeerGroup(app, 'A', 8);
    periodId = await openPeriod(group.admin, '2030-Q1');
  });
  afterAll(() => app.close());

  it('equal a full recomputation after submissions, concurrent ones in one group among them', async () => {
    const [first, second, ...others] = group.partnershipIds;
    for (const [seed, partnershipId] of [first, second].entries()) {
      const { submit } = await answeredAssessment(group.pm, partnershipId ?? '', periodId, seed);
      expect((await submit()).statusCode).toBe(201);
    }
    const ready = await Promise.all(
      others.map((partnershipId, i) => answeredAssessment(group.pm, partnershipId, periodId, i + 2)),
    );
    const submitted = await Promise.all(ready.map(({ submit }) => submit()));
    expect(submitted.map((r) => r.statusCode)).toEqual(others.map(() => 201));

    expect(await expectPeerFiguresExact(app)).toBeGreaterThan(8 * 5);
  });

  it('equal a full recomputation after a reopening', async () => {
    const partnershipId = group.partnershipIds[3] ?? '';
    const assessments = (
      await group.pm.inject({ method: 'GET', url: `/api/partnerships/${partnershipId}/assessments` })
    ).json() as { items: { id: string; periodId: string }[] };
    const assessment = assessments.items.find((a) => a.periodId === periodId);
    const reopened = await group.admin.inject({
      method: 'POST',
      url: `/api/assessments/${assessment?.id}/reopening`,
      payload: { reason: 'Thema 2 samen opnieuw bekijken' },
    });
    expect(reopened.statusCode).toBe(200);
    await expectPeerFiguresExact(app);
  });

  it('equal a full recomputation after a history import', async () => {
    const csv = [
      'period;perspective;indicator;answer;respondent',
      '2023-Q1;coordination;1.1;3;',
      '2023-Q1;coordination;2.1;2;',
      '2023-Q1;school;4.2;4;OBS De Esch',
    ].join('\n');
    for (const partnershipId of group.partnershipIds.slice(0, 2)) {
      const res = await group.pm.inject({
        method: 'POST',
        url: `/api/partnerships/${partnershipId}/history-imports`,
        payload: { csv, dryRun: false },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ imported: true });
    }
    await expectPeerFiguresExact(app);
  });

  it('equal a full recomputation after a partnership moves to another scenario', async () => {
    const moved = await group.admin.inject({
      method: 'PATCH',
      url: `/api/partnerships/${group.partnershipIds[0]}`,
      payload: { scenario: 'B' },
    });
    expect(moved.statusCode).toBe(200);
    await expectPeerFiguresExact(app);
  });

  it('equal a full recomputation after a partnership is deleted outright', async () => {
    const [gone] = group.partnershipIds.slice(7);
    // Koers archives partnerships; an operator may still delete one by hand, its summaries with it.
    await sql`DELETE FROM partnership WHERE id = ${gone}`.execute(app.db);
    expect(await expectPeerFiguresExact(app)).toBeGreaterThan(0);
  });

  it('miss no change when two transactions change one group at once: the second waits for the first', async () => {
    const [x, y] = group.partnershipIds.slice(5, 7);
    const first = new pg.Client({ connectionString: databaseUrl });
    const second = new pg.Client({ connectionString: databaseUrl });
    await Promise.all([first.connect(), second.connect()]);
    try {
      const takeOut = (client: pg.Client, partnershipId: string | undefined) =>
        client.query('DELETE FROM theme_summary WHERE partnership_id = $1 AND period_id = $2', [
          partnershipId,
          periodId,
        ]);
      await first.query('BEGIN');
      await takeOut(first, x);
      await second.query('BEGIN');
      const secondTakesOut = takeOut(second, y);
      // The state meant: the second transaction waits on the group's lock the first one holds.
      await expect
        .poll(async () => {
          const { rows } = await first.query<{ waiting: boolean }>(
            `SELECT count(*) > 0 AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
          );
          return rows[0]?.waiting;
        })
        .toBe(true);
      await first.query('COMMIT');
      await secondTakesOut;
      await second.query('COMMIT');
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    await expectPeerFiguresExact(app);
  });
});
