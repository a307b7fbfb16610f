import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app.ts';

const TOKEN = 'metrics-token-of-the-test-0123456789abcdef';

type TSample = { name: string; labels: Record<string, string>; value: number };

/** The samples of a Prometheus text exposition (comment lines skipped). */
function samples(text: string): TSample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a Prometheus sample: ${line}`);
      const labels = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((label) => [label[1], label[2]]),
      );
      return { name: match[1] ?? '', labels, value: Number(match[3]) };
    });
}

const valueOf = (all: TSample[], name: string, labels: Record<string, string> = {}) =>
  all.find(
    (sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  )?.value;

describe('metrics without a configured token', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  it('answers 404 as any unknown route does, with or without a token', async () => {
    for (const headers of [{}, { authorization: `Bearer ${TOKEN}` }]) {
      const res = await app.inject({ method: 'GET', url: '/metrics', headers });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND', requestId: expect.any(String) });
    }
  });
});

describe('metrics with a configured token', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp({
      env: { KOERS_METRICS_TOKEN: TOKEN, KOERS_DB_POOL_SIZE: '2', KOERS_DB_CONNECTION_TIMEOUT_MS: '60000' },
    });
  });
  afterAll(() => app.close());

  const scrape = () => app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });

  it.each([
    ['no Authorization header', undefined],
    ['a wrong token of the same length', `Bearer ${'x'.repeat(TOKEN.length)}`],
    ['a wrong token of another length', 'Bearer short'],
    ['the token one character longer', `Bearer ${TOKEN}0`],
    ['the token under another scheme', `Basic ${TOKEN}`],
    ['the scheme without a token', 'Bearer '],
  ])('refuses %s with 401 in the one error shape, not cached', async (_case, authorization) => {
    const res = await app.inject({
      method: 'GET',
      url: '/metrics',
      ...(authorization === undefined ? {} : { headers: { authorization } }),
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      code: 'UNAUTHENTICATED',
      message: expect.any(String),
      requestId: res.headers['x-request-id'],
    });
    expect(res.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers Prometheus text with per-route-template histograms, unknown URLs under one label', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/livez' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/livez' })).statusCode).toBe(200);
    const dashboard = `/api/partnerships/${randomUUID()}/dashboard`;
    expect((await app.inject({ method: 'GET', url: dashboard })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/no-such-route/12345' })).statusCode).toBe(404);

    const res = await scrape();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('# TYPE http_request_duration_seconds histogram');

    const all = samples(res.body);
    const livez = { method: 'GET', route: '/api/livez', status_code: '200' };
    expect(valueOf(all, 'http_request_duration_seconds_count', livez)).toBe(2);
    expect(valueOf(all, 'http_request_duration_seconds_bucket', { ...livez, le: '+Inf' })).toBe(2);
    expect(valueOf(all, 'http_request_duration_seconds_sum', livez)).toBeGreaterThan(0);
    expect(
      valueOf(all, 'http_request_duration_seconds_count', {
        route: '/api/partnerships/:partnershipId/dashboard',
        status_code: '401',
      }),
    ).toBe(1);
    expect(valueOf(all, 'http_request_duration_seconds_count', { route: '(unmatched)', status_code: '404' })).toBe(1);

    // Labels are route templates only: no URL, and the scrapes themselves are not counted.
    const routes = new Set(all.filter((s) => s.name.startsWith('http_request_')).map((s) => s.labels.route));
    expect([...routes].sort()).toEqual(['(unmatched)', '/api/livez', '/api/partnerships/:partnershipId/dashboard']);
    expect(res.body).not.toContain(dashboard);
    expect(res.body).not.toContain('no-such-route');
  });

  it("shows Node's process metrics", async () => {
    const all = samples((await scrape()).body);
    expect(valueOf(all, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(valueOf(all, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('reads the PostgreSQL pool as it is at the scrape', async () => {
    const pool = app.pg.pool;
    const held = [await pool.connect(), await pool.connect()];
    // Both of the pool's connections are taken: this one waits until one comes back.
    const waiting = pool.connect();
    try {
      const busy = samples((await scrape()).body);
      expect(valueOf(busy, 'koers_db_pool_max_connections')).toBe(2);
      expect(valueOf(busy, 'koers_db_pool_connections')).toBe(2);
      expect(valueOf(busy, 'koers_db_pool_idle_connections')).toBe(0);
      expect(valueOf(busy, 'koers_db_pool_waiting_requests')).toBe(1);
    } finally {
      for (const client of held) client.release();
      (await waiting).release();
    }
    const quiet = samples((await scrape()).body);
    expect(valueOf(quiet, 'koers_db_pool_connections')).toBe(2);
    expect(valueOf(quiet, 'koers_db_pool_idle_connections')).toBe(2);
    expect(valueOf(quiet, 'koers_db_pool_waiting_requests')).toBe(0);
  });

  it('takes the scheme in any case and needs no session', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `bearer ${TOKEN}`, cookie: 'koers_session=not-a-session' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('# TYPE koers_db_pool_connections gauge');
  });
});
