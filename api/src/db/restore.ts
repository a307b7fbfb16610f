import { existsSync } from 'node:fs';
import { copyFile, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect } from 'kysely';
import { NO_MIGRATIONS } from 'kysely/migration';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { secretKeyFileIn } from '../secret-key.ts';
import { readBackupFile, verifyBackupFile, type TBackupSection, type TBackupManifest } from './backup-file.ts';
import {
  checksumTables,
  columnList,
  describeTables,
  qualifiedName,
  useStableTextOutput,
  type TTableShape,
} from './backup.ts';
import { findRunningEmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres.ts';
import { createMigrator, listMigrationNames } from './migrate.ts';

/** A restore that will not go ahead; nothing has been changed. */
export class RestoreRefused extends Error {}

export type TRestoreResult = {
  manifest: TBackupManifest;
  /** Where the data folder that was there before now is; null when there was none. */
  setAside: string | null;
};

async function refuseWhileRunning(dataDir: string): Promise<void> {
  const running = await findRunningEmbeddedPostgres(dataDir);
  if (running) {
    throw new RestoreRefused(
      `a PostgreSQL server (pid ${running.pid}) is running on ${dataDir}: stop Koers first, then restore`,
    );
  }
}

/** The backup's migrations must be ones this Koers ships, in its order; Koers migrates the rest on start. */
function checkMigrationLevel(manifest: TBackupManifest): void {
  const known = listMigrationNames();
  const fits = manifest.migrations.every((name, i) => known[i] === name);
  if (!fits) {
    throw new RestoreRefused(
      `the backup was made at a migration level this version of Koers does not know (${manifest.migrations.at(-1)}): ` +
        'restore it with the Koers version that made it, or a newer one',
    );
  }
}

/** After migrating to the backup's level the tables must be the backup's, column for column. */
function checkSameTables(manifest: TBackupManifest, tables: TTableShape[]): void {
  const shape = (t: Pick<TTableShape, 'name' | 'columns'>) =>
    `${t.name}(${t.columns.map((c) => `${c.name} ${c.type}`).join(', ')})`;
  const expected = manifest.tables.map(shape);
  const actual = tables.map(shape);
  const differs = [...expected.filter((t) => !actual.includes(t)), ...actual.filter((t) => !expected.includes(t))];
  if (differs.length) {
    throw new RestoreRefused(`the backup's tables differ from those of its migration level: ${differs.join('; ')}`);
  }
}

async function migrateToLevel(connectionString: string, manifest: TBackupManifest): Promise<void> {
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString }) }) });
  try {
    const result = await createMigrator(db).migrateTo(manifest.migrations.at(-1) ?? NO_MIGRATIONS);
    if (result.error) throw result.error;
  } finally {
    await db.destroy();
  }
}

/** The rows of the current table, until its end-of-data line. */
async function* rowsOfTable(sections: AsyncIterator<TBackupSection>): AsyncGenerator<Buffer> {
  for (;;) {
    const next = await sections.next();
    if (next.done || next.value.kind === 'end-of-table') return;
    if (next.value.kind !== 'rows') throw new Error(`unexpected ${next.value.kind} inside a table`);
    yield Buffer.concat(next.value.lines);
  }
}

/**
 * Replaces every table's rows with the backup's, in one transaction that commits only if each table's
 * count and checksum then equal the manifest's. Triggers are off during the load (replica mode): the
 * derived tables (theme averages, peer figures, data versions) come from the backup as they were, and must not be
 * counted a second time; foreign keys are not checked either, so the tables can load in any order.
 */
async function loadTables(connectionString: string, file: string, manifest: TBackupManifest): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await useStableTextOutput(client);
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    const tables = await describeTables(client);
    checkSameTables(manifest, tables);
    // The migrations' own rows (reference data, the migrator's bookkeeping) make way for the backup's.
    await client.query(`TRUNCATE ${tables.map(qualifiedName).join(', ')} RESTART IDENTITY`);

    const sections = readBackupFile(file)[Symbol.asyncIterator]();
    for (let next = await sections.next(); !next.done; next = await sections.next()) {
      const section = next.value;
      if (section.kind !== 'table') continue;
      // checkSameTables made sure the database has this table with the backup's columns, in their order.
      const table = tables.find((t) => t.name === section.name);
      if (!table) throw new Error(`table ${section.name} is not in the database`);
      await pipeline(
        rowsOfTable(sections),
        client.query(copyFrom(`COPY ${qualifiedName(table)} (${columnList(table)}) FROM STDIN`)),
      );
    }

    await resetSequences(client);
    const sums = await checksumTables(client, tables);
    for (const expected of manifest.tables) {
      const actual = sums.find((s) => s.name === expected.name);
      if (actual?.rows !== expected.rows || actual.sha256 !== expected.sha256) {
        throw new Error(`table ${expected.name} does not equal the backup after loading it`);
      }
    }
    await client.query('COMMIT');
    // Fresh statistics, so the first queries after the restore are planned on the real row counts.
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Identity and serial columns continue after the highest restored value. */
async function resetSequences(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ sequence: string; table: string; column: string }>(
    `SELECT s.sequence, format('%I.%I', n.nspname, c.relname) AS table, a.attname AS column
     FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     CROSS JOIN LATERAL pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS s(sequence)
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND s.sequence IS NOT NULL`,
  );
  for (const { sequence, table, column } of rows) {
    await client.query(
      `SELECT setval($1::regclass, m) FROM (SELECT max(${pg.escapeIdentifier(column)}) AS m FROM ${table}) x
       WHERE m IS NOT NULL`,
      [sequence],
    );
  }
}

/**
 * Restores a backup into the embedded data folder `dataDir`. The file is checked whole before anything
 * changes; the restore is built and verified in a folder beside it; only then is the old data folder
 * set aside (renamed, never deleted) and the restored one put in its place, with the data folder's secret
 * key (secret-key.ts). Any failure before that leaves `dataDir` as it was.
 */
export async function restoreBackup(
  file: string,
  dataDir: string,
  log: (message: string) => void,
): Promise<TRestoreResult> {
  await refuseWhileRunning(dataDir);
  log(`checking ${file}`);
  const manifest = await verifyBackupFile(file);
  checkMigrationLevel(manifest);
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  log(
    `backup of ${manifest.createdAt} (Koers ${manifest.koersVersion}): ${manifest.tables.length} tables, ${rows} rows`,
  );

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const staging = `${dataDir}.restoring-${stamp}`;
  try {
    const database = await startEmbeddedPostgres(staging, log);
    try {
      await migrateToLevel(database.connectionString, manifest);
      await loadTables(database.connectionString, file, manifest);
    } finally {
      await database.stop();
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }

  await refuseWhileRunning(dataDir);
  // The restored authenticator secrets are sealed with the key the data folder keeps: it goes along.
  if (existsSync(secretKeyFileIn(dataDir))) await copyFile(secretKeyFileIn(dataDir), secretKeyFileIn(staging));
  const setAside = existsSync(dataDir) ? `${dataDir}.before-restore-${stamp}` : null;
  try {
    if (setAside) await rename(dataDir, setAside);
  } catch (error) {
    // For example a data folder that is a mount point: the verified restore is kept for the operator.
    throw new Error(
      `could not move ${dataDir} aside (${(error as Error).message}); the restored data is in ${staging}`,
      { cause: error },
    );
  }
  try {
    await rename(staging, dataDir);
  } catch (error) {
    if (setAside) await rename(setAside, dataDir);
    throw new Error(`could not move the restored data into place (${(error as Error).message}); it is in ${staging}`, {
      cause: error,
    });
  }
  return { manifest, setAside };
}
