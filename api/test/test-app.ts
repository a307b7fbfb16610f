import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { TEMPLATE_DATABASE, withDatabase } from './database-url.ts';
import { refusePoolInTransactions } from './pool-guard.ts';
import { TEST_SECRET_KEY } from './test-secret-key.ts';

/** A fresh database of this test file's own, cloned from the migrated template. */
export async function createTestDatabase(): Promise<string> {
  const postgresUrl = inject('postgresUrl');
  const name = `koers_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  return withDatabase(postgresUrl, name);
}

/** The same test database, as the application role the running API uses. */
export function asApplication(testDatabaseUrl: string): string {
  return withDatabase(inject('postgresAppUrl'), new URL(testDatabaseUrl).pathname.slice(1));
}

export type TTestAppOptions = {
  /** Routes a test adds before the app is ready, e.g. one that throws. */
  extend?: (app: FastifyInstance) => void;
  /** Hooks that must see every route, e.g. onRoute. */
  beforeRegistering?: (app: FastifyInstance) => void;
  /** By default a fresh test database, reached as the application role, as the running API does. */
  connectionString?: string;
  /** Environment variables on top of the test defaults, e.g. SMTP_URL for a mail catcher. */
  env?: Record<string, string>;
};

/** The real application on a real database, for `app.inject`. */
export async function buildTestApp(options: TTestAppOptions = {}): Promise<FastifyInstance> {
  const connectionString = options.connectionString ?? asApplication(await createTestDatabase());
  const app = await buildApp({
    // The job queue's runner is off unless a test asks for it (KOERS_QUEUE_CONCURRENCY): jobs are still queued.
    config: loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      KOERS_DB_POOL_SIZE: '4',
      KOERS_QUEUE_CONCURRENCY: '0',
      KOERS_SECRET_KEY: TEST_SECRET_KEY,
      ...options.env,
    }),
    connectionString,
    serveWeb: false,
    ...(options.beforeRegistering ? { beforeRegistering: options.beforeRegistering } : {}),
  });
  refusePoolInTransactions(app.pg.pool);
  options.extend?.(app);
  await app.ready();
  // The template database is migrated already, queue schema included.
  await app.jobQueue.start();
  return app;
}
