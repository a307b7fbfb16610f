import { gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import readCachePlugin, { createReadCache } from './read-cache.ts';

const text = (answer: Promise<{ json: Buffer }>) => answer.then(({ json }) => json.toString('utf8'));

const ZCount = z.object({ count: z.number().int() });

describe('read cache', () => {
  it('computes an answer once per key and read version, also for requests that arrive together', async () => {
    const cache = createReadCache(1_000_000);
    let computed = 0;
    const compute = async () => ({ count: ++computed });
    const together = await Promise.all([1, 2, 3].map(() => text(cache.json('k', '7', ZCount, compute))));
    expect(together).toEqual(['{"count":1}', '{"count":1}', '{"count":1}']);
    expect(await text(cache.json('k', '7', ZCount, compute))).toBe('{"count":1}');
    expect(await text(cache.json('other', '7', ZCount, compute))).toBe('{"count":2}');
    expect(await text(cache.json('k', '8', ZCount, compute))).toBe('{"count":3}');
  });

  it('answers a request that read an older version without keeping that answer for newer ones', async () => {
    const cache = createReadCache(1_000_000);
    let computed = 0;
    const compute = async () => ({ count: ++computed });
    expect(await text(cache.json('k', '9', ZCount, compute))).toBe('{"count":1}');
    expect(await text(cache.json('k', '8', ZCount, compute))).toBe('{"count":2}');
    expect(await text(cache.json('k', '9', ZCount, compute))).toBe('{"count":1}');
  });

  it('still answers requests whose computation was under way when a newer version arrived', async () => {
    const cache = createReadCache(1_000_000);
    let finish: (value: { count: number }) => void = () => undefined;
    const slow = text(cache.json('k', '1', ZCount, () => new Promise((resolve) => (finish = resolve))));
    expect(await text(cache.json('k', '2', ZCount, async () => ({ count: 2 })))).toBe('{"count":2}');
    finish({ count: 1 });
    expect(await slow).toBe('{"count":1}');
    expect(await text(cache.json('k', '2', ZCount, async () => ({ count: 3 })))).toBe('{"count":2}');
  });

  it('keeps nothing when the computation fails or does not match the schema', async () => {
    const cache = createReadCache(1_000_000);
    await expect(cache.json('k', '1', ZCount, () => Promise.reject(new Error('database away')))).rejects.toThrow(
      'database away',
    );
    await expect(cache.json('k', '1', ZCount, async () => ({ count: 1.5 }))).rejects.toThrow();
    expect(await text(cache.json('k', '1', ZCount, async () => ({ count: 2 })))).toBe('{"count":2}');
  });
});

describe('reply.cachedJson', () => {
  const ZTally = z.object({ count: z.number().int(), text: z.string() });

  async function appCounting() {
    const app = Fastify();
    await app.register(readCachePlugin);
    let computed = 0;
    // Long enough to be worth compressing.
    const compute = async () => ({ count: ++computed, text: 'koers '.repeat(400) });
    app.get<{ Querystring: { version: string } }>('/tally', (request, reply) =>
      reply.cachedJson('tally', request.query.version, ZTally, compute),
    );
    return app;
  }

  it('sends the kept answer gzipped to clients that accept it, the same JSON either way', async () => {
    const app = await appCounting();
    const plain = await app.inject({ method: 'GET', url: '/tally?version=1' });
    const gzipped = await app.inject({
      method: 'GET',
      url: '/tally?version=1',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('accept-encoding');
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString('utf8'))).toEqual(plain.json());
    expect(plain.json()).toMatchObject({ count: 1 });
    await app.close();
  });

  it('computes again for a newer read version', async () => {
    const app = await appCounting();
    const count = async (version: string) =>
      (await app.inject({ method: 'GET', url: `/tally?version=${version}` })).json<{ count: number }>().count;
    expect(await count('1')).toBe(1);
    expect(await count('1')).toBe(1);
    expect(await count('2')).toBe(2);
    await app.close();
  });
});
