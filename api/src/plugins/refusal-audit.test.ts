import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, partnershipIdByName } from '../../test/fixtures.ts';
import { signedIn, TestClient } from '../../test/session.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { seedDemoData } from '../demo/seed-demo.ts';
import { ANONYMOUS_REFUSALS_PER_WINDOW } from './refusal-audit.ts';

describe('refused requests in the audit log', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
  });
  afterAll(() => app.close());

  const rowsOf = (requestId: unknown) =>
    app.db.selectFrom('audit_log').selectAll().where('request_id', '=', String(requestId)).execute();

  it('writes one row per 403: who, which route, under the request id, and nothing of the body', async () => {
    const partnershipId = await partnershipIdByName(app.db, 'Opleidingsschool Rijnmond');
    const manager = await createPerson(app.db, [{ role: 'programme_manager', partnershipId }]);
    const client = await signedIn(app, manager.email);
    const res = await client.inject({
      method: 'POST',
      url: '/api/organisations',
      payload: { name: 'Geheime naam uit de body', kind: 'institute' },
    });
    expect(res.statusCode).toBe(403);

    const rows = await rowsOf(res.headers['x-request-id']);
    expect(rows).toEqual([
      expect.objectContaining({
        actor_person_id: manager.id,
        action: 'request.refused',
        subject_type: 'route',
        subject_id: 'POST /api/organisations',
        partnership_id: null,
      }),
    ]);
    expect(JSON.stringify(rows)).not.toContain('Geheime naam');
  });

  it('records an anonymous refusal by its route pattern, without the token in its URL', async () => {
    const token = 'T0ken-that-must-not-be-logged-1234567890ab';
    const visitor = await new TestClient(app).start();
    const res = await visitor.inject({
      method: 'PUT',
      url: `/api/respond/${token}`,
      headers: { origin: 'https://elders.example', 'if-match': '"1"' },
      payload: { answers: {}, notes: [] },
    });
    expect(res.statusCode).toBe(403);

    const rows = await rowsOf(res.headers['x-request-id']);
    expect(rows).toEqual([
      expect.objectContaining({
        actor_person_id: null,
        action: 'request.refused',
        subject_id: 'PUT /api/respond/:token',
      }),
    ]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('writes an address’s anonymous refusals up to its budget, however many arrive at once', async () => {
    const attacker = await new TestClient(app).start();
    const answers = await Promise.all(
      Array.from({ length: ANONYMOUS_REFUSALS_PER_WINDOW + 20 }, () =>
        attacker.inject({
          method: 'PUT',
          url: '/api/respond/some-token',
          remoteAddress: '203.0.113.7',
          headers: { origin: 'https://elders.example', 'if-match': '"1"' },
          payload: { answers: {}, notes: [] },
        }),
      ),
    );
    expect(answers.every((res) => res.statusCode === 403)).toBe(true);
    const rows = await app.db
      .selectFrom('audit_log')
      .select('request_id')
      .where('action', '=', 'request.refused')
      .where(
        'request_id',
        'in',
        answers.map((res) => String(res.headers['x-request-id'])),
      )
      .execute();
    expect(rows).toHaveLength(ANONYMOUS_REFUSALS_PER_WINDOW);
    // Another address still has its own budget.
    const other = await new TestClient(app).start();
    const fromElsewhere = await other.inject({
      method: 'PUT',
      url: '/api/respond/some-token',
      remoteAddress: '203.0.113.8',
      headers: { origin: 'https://elders.example', 'if-match': '"1"' },
      payload: { answers: {}, notes: [] },
    });
    expect(await rowsOf(fromElsewhere.headers['x-request-id'])).toHaveLength(1);
    // A signed-in person's refusals are written from the spent address too: they have a name to them.
    const partnershipId = await partnershipIdByName(app.db, 'Opleidingsschool Rijnmond');
    const manager = await signedIn(
      app,
      (await createPerson(app.db, [{ role: 'programme_manager', partnershipId }])).email,
    );
    const signedInRefusal = await manager.inject({
      method: 'POST',
      url: '/api/organisations',
      remoteAddress: '203.0.113.7',
      payload: { name: 'Elders', kind: 'institute' },
    });
    expect(signedInRefusal.statusCode).toBe(403);
    expect(await rowsOf(signedInRefusal.headers['x-request-id'])).toHaveLength(1);
  });

  it('writes nothing for other refusals and failures (401, 404)', async () => {
    const visitor = await new TestClient(app).start();
    const unauthenticated = await visitor.inject({ method: 'GET', url: '/api/partnerships' });
    const missing = await visitor.inject({ method: 'GET', url: '/api/no-such-route' });
    expect([unauthenticated.statusCode, missing.statusCode]).toEqual([401, 404]);
    for (const res of [unauthenticated, missing]) expect(await rowsOf(res.headers['x-request-id'])).toEqual([]);
  });
});
