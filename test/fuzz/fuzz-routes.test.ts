import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAssessment, createPerson } from '../../api/test/fixtures.ts';
import { signedIn, TestClient } from '../../api/test/session.ts';
import { buildTestApp } from '../../api/test/test-app.ts';
import { seedDemoData } from '../../api/src/demo/seed-demo.ts';
import { newToken } from '../../api/src/modules/auth/tokens.ts';
import {
  hostileBody,
  hostileHeaders,
  hostileString,
  type TIdPools,
  type TJsonSchema,
  valueFor,
} from './hostile-input.ts';

/**
 * Property: whatever arrives at any route (odd path parameters, query strings, headers and bodies:
 * NUL bytes, integers beyond PostgreSQL's ranges, dates PostgreSQL or JS cannot hold, bodies of the
 * wrong type, huge or deeply nested bodies, prototype-pollution keys), the API never answers 5xx,
 * stays up, and a rejected request changes nothing (every write leaves an audit row, so none may
 * appear). Values are drawn from each route's own schema, so a hostile field sits in an otherwise
 * valid request naming rows that exist, and gets past validation to the database if validation lets
 * it. KOERS_FUZZ_RUNS sets the runs per route (CI: 1000, fixed seed); KOERS_FUZZ_SEED replays or varies it.
 */
const RUNS = Number(process.env.KOERS_FUZZ_RUNS ?? 20);
const SEED = Number(process.env.KOERS_FUZZ_SEED ?? 20261122);

type TZodSchema = z.ZodType;
type TRoute = {
  method: string;
  url: string;
  schema: { params?: TZodSchema; querystring?: TZodSchema; body?: TZodSchema; headers?: TZodSchema };
};

/** The JSON Schema of what a route accepts, which the arbitraries follow. */
const inputSchema = (schema: TZodSchema | undefined): TJsonSchema | undefined =>
  schema === undefined ? undefined : (z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as TJsonSchema);

/** Every row id a request may name, by the parameter or field that names it. */
async function idPools(app: FastifyInstance, token: string, adminId: string): Promise<TIdPools> {
  const ids = async (table: 'partnership' | 'organisation' | 'period' | 'assessment' | 'response' | 'flag') =>
    (await app.db.selectFrom(table).select('id').limit(30).execute()).map((r) => r.id);
  const people = (await app.db.selectFrom('person').select('id').where('id', '!=', adminId).limit(30).execute()).map(
    (r) => r.id,
  );
  const pools: TIdPools = {
    partnershipId: await ids('partnership'),
    organisationId: await ids('organisation'),
    periodId: await ids('period'),
    assessmentId: await ids('assessment'),
    responseId: await ids('response'),
    flagId: await ids('flag'),
    personId: people,
    ownerId: people,
    actionId: (await app.db.selectFrom('action').select('id').limit(30).execute()).map((r) => r.id),
    noticeId: (await app.db.selectFrom('notice').select('id').limit(30).execute()).map((r) => r.id),
    roleId: (await app.db.selectFrom('role_assignment').select('id').limit(30).execute()).map((r) => r.id),
    indicator: (await app.db.selectFrom('indicator').select('id').limit(60).execute()).map((r) => r.id),
    version: (await app.db.selectFrom('instrument_version').select('version').execute()).map((r) => String(r.version)),
    token: [token],
  };
  pools.memberOrganisationIds = pools.organisationId ?? [];
  pools.organisationIds = pools.organisationId ?? [];
  pools.flagIds = pools.flagId ?? [];
  return pools;
}

describe('fuzzing every route', () => {
  let app: FastifyInstance;
  let anonymous: TestClient;
  let pools: TIdPools;
  const routes: TRoute[] = [];

  beforeAll(async () => {
    app = await buildTestApp({
      beforeRegistering: (instance) =>
        instance.addHook('onRoute', (route) => {
          for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
            if (method !== 'HEAD' && route.url.startsWith('/api') && !route.url.startsWith('/api/docs'))
              routes.push({ method, url: route.url, schema: (route.schema ?? {}) as TRoute['schema'] });
          }
        }),
    });
    await seedDemoData(app.db);
    const someone = await createPerson(app.db, [{ role: 'admin' }]);
    // A respondent's personal link to a draft, so that saves through the anonymous route reach the database.
    const { token, hash } = newToken();
    const partnership = await app.db.selectFrom('partnership').select('id').executeTakeFirstOrThrow();
    const { responseId } = await createAssessment(app.db, { partnershipId: partnership.id, personId: someone.id });
    await app.db.updateTable('response').set({ link_token_hash: hash }).where('id', '=', responseId).execute();
    pools = await idPools(app, token, someone.id);
    anonymous = await new TestClient(app).start();
  });
  afterAll(() => app.close());

  // The newest audit row of a change: an index lookup, where counting would slow down as the suite's writes
  // pile up. Security events are recorded for refusals on purpose (a failed sign-in, throttling, a 403's
  // `request.refused`): they are no change.
  const latestAudit = async () =>
    (
      await app.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', 'not in', ['auth.login-failed', 'auth.throttled', 'request.refused'])
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst()
    )?.id;

  it('never answers 5xx and never writes on a rejected request', async () => {
    expect(routes.length).toBeGreaterThan(50);
    const failures: string[] = [];
    for (const route of routes) {
      // A fresh admin per route: a route may end, disable or erase the session it is sent with.
      const admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
      const paramNames = [...route.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] ?? '');
      const paramSchema = inputSchema(route.schema.params);
      const params = fc.record(
        Object.fromEntries(
          paramNames.map((name) => [
            name,
            fc.oneof(valueFor(paramSchema?.properties?.[name], name, pools, 'text'), hostileString),
          ]),
        ),
      );
      const query = fc
        .tuple(
          valueFor(inputSchema(route.schema.querystring) ?? { type: 'object' }, '', pools, 'text'),
          fc.dictionary(fc.constantFrom('page', 'search', 'periodId', 'x'), hostileString, { maxKeys: 2 }),
        )
        .map(([known, extra]) => ({ ...extra, ...(known as Record<string, unknown>) }));
      const body = hostileBody(inputSchema(route.schema.body), pools);
      const headers = hostileHeaders(inputSchema(route.schema.headers), pools);

      const result = await fc.check(
        fc.asyncProperty(params, query, body, headers, fc.boolean(), async (p, qs, payload, h, asAdmin) => {
          const path = route.url.replace(/:([A-Za-z]+)/g, (_, name: string) =>
            encodeURIComponent(String(p[name] ?? '')),
          );
          const search = new URLSearchParams(
            Object.entries(qs).map(([k, v]): [string, string] => [k, String(v)]),
          ).toString();
          const client = asAdmin ? admin : anonymous;
          const before = await latestAudit();
          const res = await client.inject({
            method: route.method as 'GET',
            url: `${path}${search ? `?${search}` : ''}`,
            headers: h,
            ...(payload !== undefined && route.method !== 'GET' ? { payload: payload as object } : {}),
          });
          if (res.statusCode >= 500) throw new Error(`answered ${res.statusCode}: ${res.body}`);
          if (res.statusCode >= 400 && (await latestAudit()) !== before) throw new Error('refused but wrote');
        }),
        { numRuns: RUNS, seed: SEED },
      );
      if (result.failed) {
        const cause =
          result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
        failures.push(
          `${route.method} ${route.url}: ${cause}\n  counterexample: ${JSON.stringify(result.counterexample)}`,
        );
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
    expect((await app.inject({ method: 'GET', url: '/api/livez' })).statusCode).toBe(200);
  }, 1_200_000);
});
