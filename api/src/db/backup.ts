import { rename, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import {
  BACKUP_FORMAT_VERSION,
  TableDigest,
  endOfTable,
  fileHeader,
  manifestLine,
  tableHeader,
  type TBackupManifest,
} from './backup-file.ts';

/** The schema Koers keeps all its tables in, the migrator's bookkeeping included. */
const SCHEMA = 'public';

export type TTableShape = {
  name: string;
  /** Stored columns in table order; generated columns are left out, PostgreSQL computes them again. */
  columns: { name: string; type: string }[];
  /** The primary key's columns, which give the rows one order; null for a table without one. */
  key: { name: string; collatable: boolean }[] | null;
};

/**
 * COPY writes values as the session shows them. These settings make that text the same wherever it is
 * read (time zone, date and interval style, float digits), so a checksum computed at the backup and one
 * computed after a restore on another machine agree on equal data.
 */
export async function useStableTextOutput(client: pg.ClientBase): Promise<void> {
  await client.query(
    `SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres';
     SET extra_float_digits = 1; SET bytea_output = 'hex'; SET client_encoding = 'UTF8'`,
  );
}

/** Every table of Koers's schema with its columns and key, by name. */
export async function describeTables(client: pg.ClientBase): Promise<TTableShape[]> {
  const { rows } = await client.query<TTableShape>(
    `SELECT c.relname AS name,
            (SELECT json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod))
                             ORDER BY a.attnum)
             FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
            (SELECT json_agg(json_build_object('name', a.attname, 'collatable', a.attcollation <> 0)
                             ORDER BY array_position(i.indkey::int2[], a.attnum))
             FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
             WHERE i.indrelid = c.oid AND i.indisprimary) AS key
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     ORDER BY c.relname COLLATE "C"`,
    [SCHEMA],
  );
  return rows;
}

export const qualifiedName = (table: Pick<TTableShape, 'name'>) =>
  `${pg.escapeIdentifier(SCHEMA)}.${pg.escapeIdentifier(table.name)}`;

export const columnList = (table: Pick<TTableShape, 'columns'>) =>
  table.columns.map((c) => pg.escapeIdentifier(c.name)).join(', ');

/**
 * A table's rows in one fixed order: by primary key, text compared byte-wise ("C") so the order does not
 * depend on the server's locale; a table without a key by the text of its whole row.
 */
function orderedRows(table: TTableShape): string {
  const order = table.key
    ? table.key.map((k) => `${pg.escapeIdentifier(k.name)}${k.collatable ? ' COLLATE "C"' : ''}`).join(', ')
    : `ROW(${columnList(table)})::text COLLATE "C"`;
  return `COPY (SELECT ${columnList(table)} FROM ${qualifiedName(table)} ORDER BY ${order}) TO STDOUT`;
}

/** A table's rows as COPY's text, streamed: memory holds one chunk at a time. */
const copyOut = (client: pg.ClientBase, table: TTableShape) =>
  client.query(copyTo(orderedRows(table))) as AsyncIterable<Buffer>;

/** Row count and checksum of every table, as the database holds them now (in the client's transaction). */
export async function checksumTables(
  client: pg.ClientBase,
  tables: TTableShape[],
): Promise<{ name: string; rows: number; sha256: string }[]> {
  const sums = [];
  for (const table of tables) {
    const digest = new TableDigest();
    for await (const chunk of copyOut(client, table)) digest.update(chunk);
    sums.push({ name: table.name, ...digest.result() });
  }
  return sums;
}

async function appliedMigrations(client: pg.ClientBase, tables: TTableShape[]): Promise<string[]> {
  if (!tables.some((t) => t.name === 'kysely_migration')) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM ${qualifiedName({ name: 'kysely_migration' })} ORDER BY name COLLATE "C"`,
  );
  return rows.map((r) => r.name);
}

/**
 * Writes a consistent backup of the database at `connectionString` to `file` while Koers goes on
 * working: one snapshot (a repeatable-read transaction) holds every table as of the same moment, so a
 * write is in the backup whole or not at all. The file appears under its name only when complete.
 */
export async function writeBackup(
  connectionString: string,
  file: string,
  koersVersion: string,
): Promise<TBackupManifest> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const partial = `${file}.partial-${process.pid}`;
  try {
    await useStableTextOutput(client);
    const listed = await describeTables(client);
    // Read only and repeatable read, as pg_dump does: one snapshot, taken at the first query and held to
    // the end. (DEFERRABLE would only matter under SERIALIZABLE.)
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    // Locked before the snapshot (LOCK takes none), so no migration can alter or drop a table between
    // the snapshot and the backup's read of it; writes go on.
    if (listed.length) await client.query(`LOCK TABLE ${listed.map(qualifiedName).join(', ')} IN ACCESS SHARE MODE`);
    const tables = await describeTables(client);
    if (tables.map((t) => t.name).join() !== listed.map((t) => t.name).join()) {
      throw new Error('the tables changed as the backup began (a migration ran); run the backup again');
    }
    const manifest: TBackupManifest = {
      formatVersion: BACKUP_FORMAT_VERSION,
      koersVersion,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(client, tables),
      tables: [],
    };

    async function* content(): AsyncGenerator<Buffer | string> {
      yield fileHeader();
      for (const table of tables) {
        yield tableHeader(table.name);
        const digest = new TableDigest();
        for await (const chunk of copyOut(client, table)) {
          digest.update(chunk);
          yield chunk;
        }
        yield endOfTable();
        manifest.tables.push({ name: table.name, columns: table.columns, ...digest.result() });
      }
      yield manifestLine(manifest);
    }
    // `flush`: on disk before it is renamed, so a crash right after cannot leave a named, empty file.
    await pipeline(content(), createGzip(), createWriteStream(partial, { flags: 'wx', flush: true }));
    await client.query('COMMIT');
    await rename(partial, file);
    return manifest;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
