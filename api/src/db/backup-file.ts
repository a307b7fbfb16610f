import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';

/**
 * The backup file: gzip-compressed lines.
 *
 *   KOERS-BACKUP 1                       the format and its version
 *   TABLE <name>                         per table, in the manifest's order:
 *   <rows in COPY's text format>           one line per row, ordered by the primary key
 *   \.                                     COPY's end-of-data line, which no row can be
 *   MANIFEST <json>                      last: what a reader checks everything against
 *
 * The manifest comes last because its row counts and checksums are known only once every table has been
 * read, and the backup reads each table once. A file that stops early has no manifest, so it is refused.
 */
export const BACKUP_FORMAT_VERSION = 1;
const MAGIC = `KOERS-BACKUP ${BACKUP_FORMAT_VERSION}\n`;
const TABLE = 'TABLE ';
const END_OF_DATA = '\\.\n';
const MANIFEST = 'MANIFEST ';

const ZBackupTable = z.object({
  name: z.string().min(1),
  columns: z.array(z.object({ name: z.string().min(1), type: z.string().min(1) })).min(1),
  rows: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const ZBackupManifest = z.object({
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  koersVersion: z.string(),
  createdAt: z.iso.datetime(),
  /** The migrations the database had applied: a restore migrates to exactly the last of them. */
  migrations: z.array(z.string()),
  tables: z.array(ZBackupTable),
});
export type TBackupManifest = z.infer<typeof ZBackupManifest>;

/** A backup file that cannot be used as it is: incomplete, damaged or not a Koers backup. */
export class BackupFileError extends Error {}

export const fileHeader = () => MAGIC;
export const tableHeader = (name: string) => `${TABLE}${name}\n`;
export const endOfTable = () => END_OF_DATA;
export const manifestLine = (manifest: TBackupManifest) => `${MANIFEST}${JSON.stringify(manifest)}\n`;

/**
 * Row count and checksum of a table's rows as COPY writes them (text format, one line per row, in key
 * order). The backup computes them while it writes, the restore again from the restored database.
 */
export class TableDigest {
  private readonly hash: Hash = createHash('sha256');
  private rows = 0;

  update(chunk: Buffer): void {
    this.hash.update(chunk);
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) this.rows++;
  }

  result(): { rows: number; sha256: string } {
    return { rows: this.rows, sha256: this.hash.digest('hex') };
  }
}

/** Lines of a stream, each with its newline; memory holds one chunk and one line at a time. */
async function* linesOf(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    const data = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let end = data.indexOf(10); end !== -1; end = data.indexOf(10, start)) {
      yield data.subarray(start, end + 1);
      start = end + 1;
    }
    rest = data.subarray(start);
  }
  if (rest.length) throw new BackupFileError('the file ends in the middle of a line: it is incomplete');
}

/** The gzip layer's complaints (truncated, damaged) said as what they mean for the backup. */
async function* decompressed(file: string): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  // pipe() does not pass on a read error (a missing file): without this the reader would wait forever.
  const source = createReadStream(file).on('error', (error) => gunzip.destroy(error));
  try {
    yield* source.pipe(gunzip);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code?.startsWith('Z_')) {
      throw new BackupFileError(`the file is damaged or incomplete (gzip: ${(error as Error).message})`);
    }
    throw error;
  }
}

export type TBackupSection =
  | { kind: 'table'; name: string }
  | { kind: 'rows'; lines: Buffer[] }
  | { kind: 'end-of-table' }
  | { kind: 'manifest'; manifest: TBackupManifest };

/** Rows are handed on in batches of about this many bytes, so COPY gets few, large writes. */
const BATCH_BYTES = 64 * 1024;

/**
 * Reads a backup file from start to end, checking as it goes that it is whole and unchanged: its
 * structure, and every table's row count and checksum against the manifest at its end. The manifest
 * comes only when everything matched, so a consumer that loads the rows as they come can still roll back.
 */
export async function* readBackupFile(file: string): AsyncGenerator<TBackupSection> {
  const lines = linesOf(decompressed(file));
  const first = await lines.next();
  if (first.done || first.value.toString('utf8') !== MAGIC) {
    throw new BackupFileError(`this is not a Koers backup (format ${BACKUP_FORMAT_VERSION})`);
  }
  const found: { name: string; rows: number; sha256: string }[] = [];
  let current: { name: string; digest: TableDigest } | null = null;
  let batch: Buffer[] = [];
  let batchBytes = 0;
  let manifest: TBackupManifest | null = null;

  for await (const line of lines) {
    if (manifest) throw new BackupFileError('the file goes on after its manifest');
    if (current) {
      if (line.length === END_OF_DATA.length && line.toString('latin1') === END_OF_DATA) {
        if (batch.length) yield { kind: 'rows', lines: batch };
        batch = [];
        batchBytes = 0;
        found.push({ name: current.name, ...current.digest.result() });
        current = null;
        yield { kind: 'end-of-table' };
        continue;
      }
      current.digest.update(line);
      batch.push(line);
      batchBytes += line.length;
      if (batchBytes >= BATCH_BYTES) {
        yield { kind: 'rows', lines: batch };
        batch = [];
        batchBytes = 0;
      }
      continue;
    }
    const text = line.toString('utf8').slice(0, -1);
    if (text.startsWith(TABLE)) {
      current = { name: text.slice(TABLE.length), digest: new TableDigest() };
      yield { kind: 'table', name: current.name };
    } else if (text.startsWith(MANIFEST)) {
      manifest = parseManifest(text.slice(MANIFEST.length));
    } else {
      throw new BackupFileError(`unexpected line in the file: ${text.slice(0, 80)}`);
    }
  }
  if (!manifest) throw new BackupFileError('the file has no manifest at its end: it is incomplete');
  checkAgainstManifest(found, manifest);
  yield { kind: 'manifest', manifest };
}

function parseManifest(json: string): TBackupManifest {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new BackupFileError('the manifest is not valid JSON');
  }
  const parsed = ZBackupManifest.safeParse(value);
  if (!parsed.success) throw new BackupFileError(`the manifest is not valid: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

function checkAgainstManifest(found: { name: string; rows: number; sha256: string }[], manifest: TBackupManifest) {
  const listed = manifest.tables.map((t) => t.name).join(', ');
  if (found.map((t) => t.name).join(', ') !== listed) {
    throw new BackupFileError(`the file's tables do not match its manifest (${listed})`);
  }
  for (const [i, table] of manifest.tables.entries()) {
    const actual = found[i];
    if (actual?.rows !== table.rows || actual.sha256 !== table.sha256) {
      throw new BackupFileError(
        `table ${table.name} does not match its checksum (manifest: ${table.rows} rows, file: ${actual?.rows} rows)`,
      );
    }
  }
}

/** Reads the whole file and returns its manifest when every table matches it; throws BackupFileError if not. */
export async function verifyBackupFile(file: string): Promise<TBackupManifest> {
  for await (const section of readBackupFile(file)) {
    if (section.kind === 'manifest') return section.manifest;
  }
  throw new BackupFileError('the file has no manifest at its end: it is incomplete');
}
