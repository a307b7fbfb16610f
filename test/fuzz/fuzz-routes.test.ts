import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../api/test/fixtures.ts';
import { signedIn, TestClient } from '../../api/test/session.ts';
import { buildTestApp } from '../../api/test/test-app.ts';
import { seedDemoData } from '../../api/src/demo/seed-demo.ts';

/**
 * Property: whatever arrives at any route (odd path parameters, query strings, bodies of the wrong
 * type, huge or deeply nested bodies, prototype-pollution keys), the API never answers 5xx, stays up,
 * and a rejected request changes nothing (every write leaves an audit row, so none may appear; a 403's
 * own record of the refusal, `request.refused`, is no change).
 * KOERS_FUZZ_RUNS sets the runs per route (CI: 1000, fixed seed); KOERS_FUZZ_SEED replays or varies it.
 */
const RUNS = Number(process.env.KOERS_FUZZ_RUNS ?? 20);
const SEED = Number(process.env.KOERS_FUZZ_SEED ?? 20261122);

const nastyString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '%',
    '../../etc/passwd',
    "'; DROP TABLE person; --",
    '😀',
    'a'.repeat(5000),
    '00000000-0000-4000-8000-000000000000',
  ),
  fc.uuid(),
);
const pollution = fc.constantFrom(
  { __proto__: { admin: true } },
  JSON.parse('{"__proto__": {"isAdmin": true}}') as object,
  { constructor: { prototype: { x: 1 } } },
);
const deep = fc.integer({ min: 50, max: 2000 }).map((depth) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
});
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(nastyString, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 12 }),
  pollution,
  deep,
  fc.array(fc.integer(), { maxLength: 20_000 }),
  fc.constant(undefined),
);
const query = fc.dictionary(
  fc.constantFrom(
    'sector',
    'scenario',
    'search',
    'periodId',
    'status',
    'sort',
    'order',
    'page',
    'pageSize',
    'limit',
    'kind',
    'x',
  ),
  nastyString,
  { maxKeys: 4 },
);

describe('fuzzing every route', () => {
  let app: FastifyInstance;
  let admin: TestClient;
  let anonymous: TestClient;
  const routes: { method: string; url: string }[] = [];

  beforeAll(async () => {
    app = await buildTestApp({
      beforeRegistering: (instance) =>
        instance.addHook('onRoute', (route) => {
          for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
            if (method !== 'HEAD' && route.url.startsWith('/api') && !route.url.startsWith('/api/docs'))
              routes.push({ method, url: route.url });
          }
        }),
    });
    await seedDemoData(app.db);
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
    anonymous = await new TestClient(app).start();
  });
  afterAll(() => app.close());

  const auditCount = async () =>
    Number(
      (
        await app.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          // Security events are written for refusals on purpose: a failed sign-in, throttling, a 403.
          .where('action', 'not in', ['auth.login-failed', 'auth.throttled', 'request.refused'])
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('never answers 5xx and never writes on a rejected request', async () => {
    expect(routes.length).toBeGreaterThan(50);
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(nastyString, { minLength: 3, maxLength: 3 }),
          query,
          body,
          fc.boolean(),
          async (params, qs, payload, asAdmin) => {
            let i = 0;
            const path = route.url.replace(/:[A-Za-z]+/g, () => encodeURIComponent(params[i++ % params.length] ?? ''));
            const search = new URLSearchParams(qs as Record<string, string>).toString();
            const client = asAdmin ? admin : anonymous;
            const before = await auditCount();
            const res = await client.inject({
              method: route.method as 'GET',
              url: `${path}${search ? `?${search}` : ''}`,
              ...(payload !== undefined && route.method !== 'GET' ? { payload: payload as object } : {}),
            });
            if (res.statusCode >= 500)
              throw new Error(`${route.method} ${route.url} answered ${res.statusCode}: ${res.body}`);
            if (res.statusCode >= 400 && (await auditCount()) !== before)
              throw new Error(`${route.method} ${route.url} refused but wrote`);
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    }
    expect((await app.inject({ method: 'GET', url: '/api/livez' })).statusCode).toBe(200);
  }, 600_000);
});
