import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAssessment } from '@koers/shared/assessments';
import { seedDemoData } from '../src/demo/seed-demo.ts';
import { createAssessment, createPerson, partnershipIdByName } from './fixtures.ts';
import { POOL_IN_TRANSACTION } from './pool-guard.ts';
import { signedIn } from './session.ts';
import { buildTestApp } from './test-app.ts';

// A request that asks the pool for a second connection while its transaction holds one waits for itself
// when every connection is held the same way: on deadline day, as many managers submitting at once as
// the pool has connections stalled the whole instance until the pool gave up on them (503 for every
// request). On a pool of one connection such a request cannot finish at all, so each write here runs
// on a freshly started instance (nothing read ahead into its caches) with a pool of one. Every test app
// also refuses such a request outright (pool-guard.ts), which the last test here shows.
describe('writes on a pool of one connection', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildTestApp({ env: { KOERS_DB_POOL_SIZE: '1', KOERS_DB_CONNECTION_TIMEOUT_MS: '1000' } });
    await seedDemoData(app.db);
  });
  afterAll(() => app.close());

  it('submits and reopens an assessment without asking for a second connection', async () => {
    const partnershipId = await partnershipIdByName(app.db, 'Samen Opleiden Zeeland');
    const manager = await createPerson(app.db, [{ role: 'programme_manager', partnershipId }]);
    const friend = await createPerson(app.db, [{ role: 'critical_friend', partnershipId }]);
    const { assessmentId } = await createAssessment(app.db, { partnershipId, personId: manager.id, scored: true });

    const submitted = await (
      await signedIn(app, manager.email)
    ).inject({
      method: 'POST',
      url: `/api/assessments/${assessmentId}/submission`,
      headers: { 'idempotency-key': 'one-connection' },
    });
    expect(submitted.statusCode).toBe(201);
    expect(ZAssessment.parse(submitted.json()).status).toBe('submitted');

    const reopened = await (
      await signedIn(app, friend.email)
    ).inject({
      method: 'POST',
      url: `/api/assessments/${assessmentId}/reopening`,
      payload: { reason: 'Thema 2 verdient een tweede blik' },
    });
    expect(reopened.statusCode).toBe(200);
    expect(ZAssessment.parse(reopened.json()).status).toBe('draft');
  });

  it('refuses, under test, a pooled connection asked for inside a transaction', async () => {
    const one = sql<number>`1`.as('one');
    await expect(
      app.db.transaction().execute(async (trx) => {
        await trx.selectNoFrom(one).execute();
        return app.db.selectNoFrom(one).execute();
      }),
    ).rejects.toThrow(POOL_IN_TRANSACTION);
    // Outside one, the pool serves as before.
    expect(await app.db.selectNoFrom(one).executeTakeFirst()).toEqual({ one: 1 });
  });
});
