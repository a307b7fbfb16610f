import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
// Brings in the global setup's ProvidedContext (postgresUrl, postgresAppUrl).
import type {} from '../../api/test/global-setup.ts';
import { withDatabase } from '../../api/test/database-url.ts';
import { findFreePort, findRunningEmbeddedPostgres } from '../../api/src/db/embedded-postgres.ts';
import { createEmptyDatabase, startInstance, stopInstance, waitUntilReady } from '../support/instances.ts';

/** The roles of the running API's connections to one database, asked as the owner. */
async function rolesConnectedTo(ownerUrl: string): Promise<{ usename: string; rolsuper: boolean }[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ usename: string; rolsuper: boolean }>(`
      SELECT DISTINCT a.usename, r.rolsuper
      FROM pg_stat_activity a JOIN pg_roles r ON r.oid = a.usesysid
      WHERE a.backend_type = 'client backend' AND a.datname = current_database() AND a.pid <> pg_backend_pid()
    `);
    return rows;
  } finally {
    await client.end();
  }
}

describe('the running API connects as the least-privileged application role', () => {
  const instances: ChildProcess[] = [];
  const folders: string[] = [];
  afterAll(async () => {
    await Promise.all(instances.map((child) => stopInstance(child)));
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it('on the embedded PostgreSQL: the role and its password are made at the first start', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-least-privilege-'));
    folders.push(dataDir);
    const port = await findFreePort();
    instances.push(startInstance(null, port, { KOERS_DATA_DIR: dataDir }));
    await waitUntilReady(port, 120_000);
    expect(((await stat(path.join(dataDir, 'postgres-app-password'))).mode & 0o777).toString(8)).toBe('600');
    const running = await findRunningEmbeddedPostgres(dataDir);
    if (!running) throw new Error('the embedded PostgreSQL is not running');
    await fetch(`http://127.0.0.1:${port}/api/readyz`);
    expect(await rolesConnectedTo(running.connectionString)).toEqual([{ usename: 'koers_app', rolsuper: false }]);
  });

  it('with DATABASE_URL (the owner, for migrations) and KOERS_DATABASE_APP_URL (the API)', async () => {
    const ownerUrl = await createEmptyDatabase(inject('postgresUrl'), 'koers_least_privilege');
    const appUrl = withDatabase(inject('postgresAppUrl'), new URL(ownerUrl).pathname.slice(1));
    const port = await findFreePort();
    instances.push(startInstance(ownerUrl, port, { KOERS_DATABASE_APP_URL: appUrl }));
    await waitUntilReady(port);
    // Migrated by the owner, demo data loaded and served by the application role.
    const login = await fetch(`http://127.0.0.1:${port}/api/partnerships`);
    expect(login.status).toBe(401);
    expect(await rolesConnectedTo(ownerUrl)).toEqual([{ usename: 'koers_app', rolsuper: false }]);
  });
});
