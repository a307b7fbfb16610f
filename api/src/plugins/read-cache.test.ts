import { gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from '../../test/test-app.ts';
import { GzippedJson } from '../http/gzip-parts.ts';
import { createReadCache } from './read-cache.ts';

const text = (answer: Promise<{ bytes: Buffer; gzipped: boolean }>) =>
  answer.then(({ bytes, gzipped }) => (gzipped ? gunzipSync(bytes) : bytes).toString('utf8'));

const ZCount = z.object({ count: z.number().int(), scope: z.string().optional() });

/** A cache over versions the test moves by hand, as the triggers move them in the database. */
function cacheOverVersions(computationsAtOnce = 100) {
  const versions = new Map<string, string>();
  const cache = createReadCache(
    1_000_000,
    async (scopes) => new Map(scopes.map((scope) => [scope, versions.get(scope) ?? '0'])),
    computationsAtOnce,
  );
  const bump = (scope: string) => versions.set(scope, String(Number(versions.get(scope) ?? '0') + 1));
  return { cache, bump, versions };
}

describe('read cache', () => {
  it('computes an answer once per key and versions of its scopes, also for requests that arrive together', async () => {
    const { cache, bump } = cacheOverVersions();
    let computed = 0;
    const compute = async () => ({ count: ++computed });
    const together = await Promise.all([1, 2, 3].map(() => text(cache.json('k', ['a', 'b'], ZCount, compute))));
    expect(together).toEqual(['{"count":1}', '{"count":1}', '{"count":1}']);
    expect(await text(cache.json('k', ['a', 'b'], ZCount, compute))).toBe('{"count":1}');
    expect(await text(cache.json('other', ['a'], ZCount, compute))).toBe('{"count":2}');
    // A change elsewhere leaves both kept; a change in one of its scopes makes only that answer stale.
    bump('c');
    expect(await text(cache.json('k', ['a', 'b'], ZCount, compute))).toBe('{"count":1}');
    bump('b');
    expect(await text(cache.json('k', ['a', 'b'], ZCount, compute))).toBe('{"count":3}');
    expect(await text(cache.json('other', ['a'], ZCount, compute))).toBe('{"count":2}');
  });

  it('keeps each answer in memory of its own, not in a slice of a block shared with other buffers', async () => {
    const { cache } = cacheOverVersions();
    const ZText = z.object({ text: z.string() });
    // Small enough that Node would hand the bytes out from its shared pool, large enough to be gzipped.
    const kept = await cache.json('k', ['a'], ZText, async () => ({ text: 'koers '.repeat(500) }));
    expect(kept.gzipped).toBe(true);
    expect(kept.bytes.buffer.byteLength).toBe(kept.bytes.byteLength);
    expect(JSON.parse(gunzipSync(kept.bytes).toString('utf8'))).toEqual({ text: 'koers '.repeat(500) });
    // A small answer is kept as it is, in memory of its own too.
    const small = await cache.json('small', ['a'], ZText, async () => ({ text: 'koers' }));
    expect(small).toMatchObject({ gzipped: false });
    expect(small.bytes.buffer.byteLength).toBe(small.bytes.byteLength);
  });

  it('keeps and sends an answer computed gzipped as it is, encoding others by their schema', async () => {
    const { cache } = cacheOverVersions();
    // Encoded by the schema: what it does not hold is left out.
    const value = { count: 1, secret: 'not in the schema' };
    expect(await text(cache.json('value', ['a'], ZCount, async () => value))).toBe('{"count":1}');
    // Its parts were encoded where it was made: neither unpacked, parsed nor written again.
    const made = gzipSync('{"scope": "a",  "count": 1}');
    const kept = await cache.json('gzipped', ['a'], ZCount, async () => new GzippedJson(made));
    expect(kept).toEqual({ bytes: made, gzipped: true });
  });

  it('computes at most so many answers at once, in the order asked; kept answers are sent meanwhile', async () => {
    const { cache } = cacheOverVersions(2);
    expect(await text(cache.json('kept', ['a'], ZCount, async () => ({ count: 0 })))).toBe('{"count":0}');
    const started: string[] = [];
    const finish: (() => void)[] = [];
    const computeFor = (key: string) => async () => {
      const order = started.push(key);
      await new Promise<void>((resolve) => finish.push(resolve));
      return { count: order };
    };
    const asked = ['k1', 'k2', 'k3', 'k4'].map((key) => text(cache.json(key, ['a'], ZCount, computeFor(key))));
    await vi.waitFor(() => expect(started).toEqual(['k1', 'k2']));
    // Two computations run and two wait: the kept answer does not wait for them.
    expect(await text(cache.json('kept', ['a'], ZCount, computeFor('kept')))).toBe('{"count":0}');
    expect(started).toEqual(['k1', 'k2']);
    finish.shift()?.();
    await vi.waitFor(() => expect(started).toEqual(['k1', 'k2', 'k3']));
    for (const done of finish.splice(0)) done();
    await vi.waitFor(() => expect(started).toEqual(['k1', 'k2', 'k3', 'k4']));
    finish.shift()?.();
    expect(await Promise.all(asked)).toEqual(['{"count":1}', '{"count":2}', '{"count":3}', '{"count":4}']);
  });

  it('depends on the scopes a computation names, at the versions read with its data', async () => {
    const { cache, bump, versions } = cacheOverVersions();
    let computed = 0;
    let named = 'peers:1';
    const ask = () =>
      text(
        cache.json('k', ['a'], ZCount, async (nameScope) => {
          nameScope(named, versions.get(named) ?? '0');
          return { count: ++computed, scope: named };
        }),
      );
    // The first computation is kept, under the version its named scope had when it was computed.
    expect(await ask()).toBe('{"count":1,"scope":"peers:1"}');
    expect(await ask()).toBe('{"count":1,"scope":"peers:1"}');
    bump('peers:2');
    expect(await ask()).toBe('{"count":1,"scope":"peers:1"}');
    bump('peers:1');
    expect(await ask()).toBe('{"count":2,"scope":"peers:1"}');
    // The answer now names another scope (its quarter moved on): kept under that one from then on.
    bump('a');
    named = 'peers:2';
    expect(await ask()).toBe('{"count":3,"scope":"peers:2"}');
    expect(await ask()).toBe('{"count":3,"scope":"peers:2"}');
    bump('peers:1');
    expect(await ask()).toBe('{"count":3,"scope":"peers:2"}');
    bump('peers:2');
    expect(await ask()).toBe('{"count":4,"scope":"peers:2"}');
  });

  it('keeps an answer under the newer version when its named scope moved between lookup and data', async () => {
    const { cache, bump, versions } = cacheOverVersions();
    let computed = 0;
    const ask = (moveFirst: boolean) =>
      text(
        cache.json('k', ['a'], ZCount, async (nameScope) => {
          // Another instance commits new peer figures after this request read its versions.
          if (moveFirst) bump('peers');
          nameScope('peers', versions.get('peers') ?? '0');
          return { count: ++computed };
        }),
      );
    expect(await ask(false)).toBe('{"count":1}');
    // Looked up at peers=0, computed with peers=1: what it sends is the newer data, kept under peers=1.
    bump('peers');
    expect(await ask(true)).toBe('{"count":2}');
    expect(await ask(false)).toBe('{"count":2}');
  });

  it('looks up nothing before a first computation that names every scope it depends on', async () => {
    const versions = new Map<string, string>();
    const lookups: string[][] = [];
    const cache = createReadCache(
      1_000_000,
      async (scopes) => {
        lookups.push([...scopes]);
        return new Map(scopes.map((scope) => [scope, versions.get(scope) ?? '0']));
      },
      100,
    );
    let computed = 0;
    const ask = () =>
      text(
        cache.json('k', [], ZCount, async (nameScope) => {
          nameScope('a', versions.get('a') ?? '0');
          return { count: ++computed };
        }),
      );
    expect(await ask()).toBe('{"count":1}');
    expect(lookups).toEqual([]);
    // Kept under the version read with its data: from now on looked up, and valid until that scope moves.
    expect(await ask()).toBe('{"count":1}');
    expect(lookups).toEqual([['a']]);
    versions.set('a', '1');
    expect(await ask()).toBe('{"count":2}');
    expect(await ask()).toBe('{"count":2}');
  });

  it('keeps nothing when the computation fails or does not match the schema', async () => {
    const { cache } = cacheOverVersions();
    await expect(cache.json('k', ['a'], ZCount, () => Promise.reject(new Error('database away')))).rejects.toThrow(
      'database away',
    );
    await expect(cache.json('k', ['a'], ZCount, async () => ({ count: 1.5 }))).rejects.toThrow();
    expect(await text(cache.json('k', ['a'], ZCount, async () => ({ count: 2 })))).toBe('{"count":2}');
  });
});

describe('reply.cachedJson', () => {
  const ZTally = z.object({ count: z.number().int(), text: z.string() });
  let app: FastifyInstance;
  let computed = 0;

  beforeAll(async () => {
    app = await buildTestApp({
      extend: (fastify) =>
        fastify.get<{ Querystring: { scope: string } }>('/tally', (request, reply) =>
          // Long enough to be worth compressing.
          reply.cachedJson('tally', [request.query.scope], ZTally, async () => ({
            count: ++computed,
            text: 'koers '.repeat(400),
          })),
        ),
    });
  });
  afterAll(() => app.close());

  it('sends the kept answer gzipped to clients that accept it, the same JSON either way', async () => {
    const plain = await app.inject({ method: 'GET', url: '/tally?scope=s1' });
    const gzipped = await app.inject({
      method: 'GET',
      url: '/tally?scope=s1',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('accept-encoding');
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('computes again once the scope’s version in PostgreSQL moves, and only then', async () => {
    const count = async () =>
      (await app.inject({ method: 'GET', url: '/tally?scope=s2' })).json<{ count: number }>().count;
    const first = await count();
    expect(await count()).toBe(first);
    await sql`SELECT bump_data_versions(ARRAY['s3'])`.execute(app.db);
    expect(await count()).toBe(first);
    await sql`SELECT bump_data_versions(ARRAY['s2'])`.execute(app.db);
    expect(await count()).toBe(first + 1);
  });
});
