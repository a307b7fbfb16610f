import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createReadCache } from './read-cache.ts';

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
