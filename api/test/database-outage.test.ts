import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TEmbeddedDatabase, startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createPerson } from './fixtures.ts';
import { signedIn, type TestClient } from './session.ts';
import { buildTestApp } from './test-app.ts';

// This file stops and restarts PostgreSQL, so it runs its own server rather than the shared one.
describe('when PostgreSQL goes away and comes back', () => {
  let dataDir: string;
  let database: TEmbeddedDatabase;
  let port: number;
  let app: FastifyInstance;
  let admin: TestClient;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-outage-'));
    database = await startEmbeddedPostgres(dataDir, () => {});
    port = Number(new URL(database.connectionString).port);
    app = await buildTestApp({ connectionString: database.connectionString });
    await migrateToLatest(app.db);
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
  });

  afterAll(async () => {
    await app.close();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves data while PostgreSQL is up', async () => {
    expect((await admin.inject({ method: 'GET', url: '/api/partnerships' })).statusCode).toBe(200);
  });

  it('stays up: data routes answer 503 with Retry-After, liveness 200, readiness 503', async () => {
    // A connection a request holds between two queries when PostgreSQL goes: its loss must not crash
    // the process (an unheard 'error' event would, and fail this file).
    const held = await app.pg.connect();
    await database.stop();
    held.release();

    const data = await admin.inject({ method: 'GET', url: '/api/partnerships' });
    expect(data.statusCode).toBe(503);
    expect(data.headers['retry-after']).toMatch(/^\d+$/);
    expect(data.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });

    expect((await app.inject({ method: 'GET', url: '/api/livez' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/readyz' })).statusCode).toBe(503);
  });

  it('recovers without a restart once PostgreSQL is back', async () => {
    database = await startEmbeddedPostgres(dataDir, () => {}, { port });
    expect((await app.inject({ method: 'GET', url: '/api/readyz' })).statusCode).toBe(200);
    expect((await admin.inject({ method: 'GET', url: '/api/partnerships' })).statusCode).toBe(200);
  });
});
