import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { asApplicationRole, enableApplicationLogin } from '../src/db/application-role.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { migrateAsOwner } from '../src/db/migrate.ts';
import { TEMPLATE_DATABASE, withDatabase } from './database-url.ts';

declare module 'vitest' {
  // Declaration merging needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    /** The test PostgreSQL server's maintenance database; test files clone the migrated template. */
    postgresUrl: string;
    /** The same server as the application role the running API uses (koers_app). */
    postgresAppUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run: started once, migrated once into a template database,
 * which each test file clones so files run in parallel without seeing each other's rows.
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-test-pg-'));
  let postgresUrl = process.env.TEST_DATABASE_URL;
  let postgresAppUrl: string;
  let stop = async () => {};
  if (postgresUrl) {
    const password = randomBytes(24).toString('hex');
    await enableApplicationLogin(postgresUrl, password);
    postgresAppUrl = asApplicationRole(postgresUrl, password);
  } else {
    const embedded = await startEmbeddedPostgres(dataDir, () => {});
    postgresUrl = embedded.connectionString;
    postgresAppUrl = embedded.appConnectionString;
    stop = embedded.stop;
  }

  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();

  await migrateAsOwner(withDatabase(postgresUrl, TEMPLATE_DATABASE));

  project.provide('postgresUrl', postgresUrl);
  project.provide('postgresAppUrl', postgresAppUrl);
  return async () => {
    await stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
