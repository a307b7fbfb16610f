import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApplication, buildTestApp, createTestDatabase } from '../../../test/test-app.ts';

describe('health', () => {
  let app: FastifyInstance;
  let ownerUrl: string;
  beforeAll(async () => {
    ownerUrl = await createTestDatabase();
    app = await buildTestApp({ connectionString: asApplication(ownerUrl) });
  });
  afterAll(() => app.close());

  it('is live without asking the database', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/livez' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('is ready when PostgreSQL answers and every migration is applied', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('is not ready while a shipped migration is missing from the database', async () => {
    // The migrator's bookkeeping is the owner's: the API's role may only read it.
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      await owner.query(`DELETE FROM kysely_migration WHERE name LIKE '%default-instrument'`);
    } finally {
      await owner.end();
    }
    const res = await app.inject({ method: 'GET', url: '/api/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBeDefined();
  });
});
