import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBackupFile } from '../../api/src/db/backup-file.ts';
import { checksumTables, describeTables, useStableTextOutput } from '../../api/src/db/backup.ts';
import { findFreePort, startEmbeddedPostgres } from '../../api/src/db/embedded-postgres.ts';
import { type TInstanceSession, signIn, stopInstance, waitUntilReady } from '../support/instances.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const WRITERS = 3;
/** Notes acknowledged before the backup starts, at the least, so the backup has something to prove. */
const WRITES_BEFORE_BACKUP = 30;

/** Koers as `npm start` runs it, on its embedded PostgreSQL in `dataDir`, with the demo data. */
function startKoers(dataDir: string, port: number): ChildProcess {
  return spawn(process.execPath, [path.join(REPO_ROOT, 'api/src/server.ts')], {
    env: {
      PATH: process.env.PATH,
      KOERS_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // Off by default in production; this suite signs in with the demo accounts.
      KOERS_DEMO_DATA: 'true',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** `npm run <script> -- <args>` from the repository root, as an operator types it. */
function runScript(script: string, args: string[], dataDir: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, KOERS_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

type TWrite = { writer: number; text: string; ackedAt: number | null };

/**
 * Writes made while a backup runs: the backup is taken while Koers writes (three programme-manager
 * tabs adding timeline notes), then restored into a new data folder, and Koers started on it.
 */
describe('db:backup and db:restore of the embedded database', () => {
  let work: string;
  let backupFile: string;
  let koers: ChildProcess | undefined;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'koers-backup-'));
    backupFile = path.join(work, 'koers.backup.gz');
  });

  afterAll(async () => {
    if (koers) await stopInstance(koers);
    await rm(work, { recursive: true, force: true });
  });

  const timelineNotesOf = async (session: TInstanceSession) => {
    const partnerships = (await (await session.request('GET', '/api/partnerships')).json()) as {
      items: { id: string }[];
    };
    return `/api/partnerships/${partnerships.items[0]?.id}/timeline-notes`;
  };

  it('holds every write acknowledged before the backup started, and each table as the backup read it', async () => {
    const original = path.join(work, 'data');
    const restored = path.join(work, 'restored');
    const port = await findFreePort();
    koers = startKoers(original, port);
    await waitUntilReady(port, 120_000);
    const pm = await signIn(port, 'pm@demo.koers.nl');
    const notes = await timelineNotesOf(pm);

    const writes: TWrite[] = [];
    let stopWriting = false;
    let enoughWritten: () => void = () => {};
    const enough = new Promise<void>((resolve) => (enoughWritten = resolve));
    const keepWriting = async (writer: number) => {
      for (let n = 0; !stopWriting; n++) {
        const write: TWrite = { writer, text: `Back-up test: tab ${writer}, note ${n}`, ackedAt: null };
        writes.push(write);
        const response = await pm.request('POST', notes, { notedOn: '2026-11-30', text: write.text });
        expect(response.status).toBe(201);
        write.ackedAt = performance.now();
        if (writes.filter((w) => w.ackedAt !== null).length >= WRITES_BEFORE_BACKUP) enoughWritten();
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, writer) => keepWriting(writer));
    // A writer that fails ends the wait too, with its error.
    await Promise.race([enough, Promise.all(writers)]);

    const backupStartedAt = performance.now();
    const backup = await runScript('db:backup', ['--file', backupFile], original);
    const backupEndedAt = performance.now();
    stopWriting = true;
    await Promise.all(writers);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`backup written to ${backupFile}`);
    const ackedBefore = writes.filter((w) => w.ackedAt !== null && w.ackedAt < backupStartedAt);
    const ackedDuring = writes.filter(
      (w) => w.ackedAt !== null && w.ackedAt >= backupStartedAt && w.ackedAt <= backupEndedAt,
    );
    expect(ackedBefore.length).toBeGreaterThanOrEqual(WRITES_BEFORE_BACKUP);
    // Koers went on writing while db:backup ran.
    expect(ackedDuring.length).toBeGreaterThan(0);

    const refused = await runScript('db:restore', ['--file', backupFile, '--yes-replace-data'], original);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is running on .*stop Koers first/);

    await stopInstance(koers);
    const restore = await runScript('db:restore', ['--file', backupFile, '--yes-replace-data'], restored);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toContain(`restored ${backupFile} into ${restored}`);
    expect(restore.stdout).toContain('there was no data folder before');

    // Every table of the restored database, counted and checksummed the way the backup did.
    const manifest = await verifyBackupFile(backupFile);
    expect(manifest.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['kysely_migration', 'timeline_note']));
    const database = await startEmbeddedPostgres(restored, () => {});
    const client = new pg.Client({ connectionString: database.connectionString });
    try {
      await client.connect();
      await useStableTextOutput(client);
      const sums = await checksumTables(client, await describeTables(client));
      expect(sums).toEqual(manifest.tables.map(({ name, rows, sha256 }) => ({ name, rows, sha256 })));
      // One moment for all tables: each note's audit entry (same transaction) is there exactly when it is,
      // although the backup reads audit_log long before timeline_note.
      const { rows } = await client.query<{ notes: string[]; audited: string[] }>(
        `SELECT ARRAY(SELECT id::text FROM timeline_note ORDER BY 1) AS notes,
                ARRAY(SELECT subject_id FROM audit_log WHERE action = 'timeline-note.added' ORDER BY 1) AS audited`,
      );
      expect(rows[0]?.notes.length).toBeGreaterThanOrEqual(WRITES_BEFORE_BACKUP);
      expect(rows[0]?.audited).toEqual(rows[0]?.notes);
    } finally {
      await client.end();
      await database.stop();
    }

    const restoredPort = await findFreePort();
    koers = startKoers(restored, restoredPort);
    await waitUntilReady(restoredPort, 120_000);
    const pmAgain = await signIn(restoredPort, 'pm@demo.koers.nl');
    expect(pmAgain.status).toBe(200);
    const restoredNotes = await timelineNotesOf(pmAgain);
    const listed = (await (await pmAgain.request('GET', restoredNotes)).json()) as {
      items: { text: string }[];
    };
    const texts = new Set(listed.items.map((note) => note.text));
    expect(ackedBefore.filter((w) => !texts.has(w.text))).toEqual([]);
    // One snapshot: of each tab's notes, written one after the other, the backup holds a first part, no gaps.
    for (let writer = 0; writer < WRITERS; writer++) {
      const held = writes.filter((w) => w.writer === writer).map((w) => texts.has(w.text));
      const count = held.filter(Boolean).length;
      expect(held).toEqual(held.map((_, n) => n < count));
    }
    // Koers writes on where it left off: the audit log's ids continue after the restored ones.
    const after = await pmAgain.request('POST', restoredNotes, { notedOn: '2026-12-01', text: 'After the restore' });
    expect(after.status).toBe(201);
    await stopInstance(koers);
    koers = undefined;
  }, 300_000);

  it('refuses without --yes-replace-data, and refuses a truncated or altered backup, changing nothing', async () => {
    const restored = path.join(work, 'restored');
    const before = { folders: await readdir(work), password: await readFile(path.join(restored, 'postgres-password')) };
    const unchanged = async () => {
      expect(await readdir(work)).toEqual(before.folders);
      expect(await readFile(path.join(restored, 'postgres-password'))).toEqual(before.password);
    };

    const withoutFlag = await runScript('db:restore', ['--file', backupFile], restored);
    expect(withoutFlag.code).toBe(2);
    expect(withoutFlag.stderr).toContain('Run it again with --yes-replace-data');
    await unchanged();

    const whole = await readFile(backupFile);
    const truncated = path.join(work, 'truncated.gz');
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    const cut = await runScript('db:restore', ['--file', truncated, '--yes-replace-data'], restored);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain('cannot be restored: the file is damaged or incomplete');
    expect(cut.stderr).toContain('Nothing was changed.');

    // A valid gzip file whose content was changed: only the manifest's checksum can tell.
    const altered = path.join(work, 'altered.gz');
    const content = gunzipSync(whole).toString('utf8');
    // The note's own table: rendered dashboards (dashboard_snapshot, written before it) may quote it too.
    const notes = content.indexOf('TABLE timeline_note\n');
    expect(notes).toBeGreaterThan(0);
    const [upToNotes, fromNotes] = [content.slice(0, notes), content.slice(notes)];
    expect(fromNotes).toContain('Back-up test: tab 0, note 0');
    await writeFile(
      altered,
      gzipSync(upToNotes + fromNotes.replace('Back-up test: tab 0, note 0', 'Back-up test: tab 0, note X')),
    );
    const changed = await runScript('db:restore', ['--file', altered, '--yes-replace-data'], restored);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('table timeline_note does not match its checksum');
    await rm(truncated);
    await rm(altered);
    await unchanged();
  }, 120_000);
});
