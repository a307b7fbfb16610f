import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withDatabase } from '../../test/database-url.ts';
import { createTestDatabase } from '../../test/test-app.ts';
import { secretKeyOf } from '../secret-key.ts';
import { writeBackup } from './backup.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { createMigrator, listMigrationNames, migrateToLatest } from './migrate.ts';
import { RestoreRefused, restoreBackup } from './restore.ts';

async function createEmptyDatabase(): Promise<string> {
  const postgresUrl = inject('postgresUrl');
  const name = `koers_restore_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return withDatabase(postgresUrl, name);
}

/**
 * Work on a database, its connections closed when it returns. The pool's end does not wait for its
 * connections to close: a server stopped right after would end them itself, and that error would reach a
 * connection nobody listens to any more (an uncaught exception that fails the run).
 */
async function withKysely<T>(connectionString: string, work: (db: Kysely<unknown>) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString });
  const closed: Promise<void>[] = [];
  pool.on('connect', (client) => closed.push(new Promise((resolve) => client.once('end', () => resolve()))));
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  try {
    return await work(db);
  } finally {
    await db.destroy();
    await Promise.all(closed);
  }
}

const appliedMigrations = async (db: Kysely<unknown>) =>
  (await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db)).rows.map((r) => r.name);

describe('db:restore', () => {
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'koers-restore-'));
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('recreates the migration level of a backup from an older Koers, which Koers then migrates on', async () => {
    const older = listMigrationNames().slice(0, -1);
    const source = await createEmptyDatabase();
    await withKysely(source, async (db) => {
      const { error } = await createMigrator(db).migrateTo(older.at(-1) ?? '');
      expect(error).toBeUndefined();
    });
    const file = path.join(work, 'older.koers-backup.gz');
    const manifest = await writeBackup(source, file, '0.0.1');
    expect(manifest.migrations).toEqual(older);

    const dataDir = path.join(work, 'older');
    const { setAside } = await restoreBackup(file, dataDir, () => {});
    expect(setAside).toBeNull();
    const database = await startEmbeddedPostgres(dataDir, () => {});
    try {
      await withKysely(database.connectionString, async (db) => {
        expect(await appliedMigrations(db)).toEqual(older);
        // What Koers does when it starts on the restored folder.
        expect(await migrateToLatest(db)).toEqual(listMigrationNames().slice(-1));
      });
    } finally {
      await database.stop();
    }

    // Restored again over it: the folder's secret key, which sealed what the backup holds, stays.
    const key = await secretKeyOf({ secretKey: undefined, dataDir });
    const again = await restoreBackup(file, dataDir, () => {});
    expect(again.setAside).not.toBeNull();
    expect(await secretKeyOf({ secretKey: undefined, dataDir })).toEqual(key);
  });

  it('refuses a backup from a newer Koers, before it creates or changes anything', async () => {
    const source = await createTestDatabase();
    await withKysely(source, (db) =>
      sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01T0000-from-a-newer-koers', now())`.execute(
        db,
      ),
    );
    const file = path.join(work, 'newer.koers-backup.gz');
    await writeBackup(source, file, '9.0.0');
    const before = await readdir(work);

    await expect(restoreBackup(file, path.join(work, 'newer'), () => {})).rejects.toThrow(
      new RestoreRefused(
        'the backup was made at a migration level this version of Koers does not know ' +
          '(2099-01-01T0000-from-a-newer-koers): restore it with the Koers version that made it, or a newer one',
      ),
    );
    expect(await readdir(work)).toEqual(before);
  });
});
