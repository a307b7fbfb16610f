import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, loadConfig } from '../config.ts';
import { writeBackup } from '../db/backup.ts';
import { connectDatabase, type TDatabaseConnection } from '../db/database.ts';

// `npm run db:backup -- --file <path>`: a consistent backup of Koers's database, also while Koers runs
// and writes. A relative path is taken from the repository root, like KOERS_DATA_DIR.
const USAGE = 'usage: npm run db:backup -- --file <path>';

function fileArgument(): string {
  try {
    const { values } = parseArgs({ options: { file: { type: 'string' } } });
    if (values.file) return path.resolve(REPO_ROOT, values.file);
    console.error(`db:backup needs the file to write.\n${USAGE}`);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
  }
  process.exit(2);
}

const file = fileArgument();
if (existsSync(file)) {
  console.error(`${file} already exists; db:backup never overwrites a file. Choose another name.`);
  process.exit(2);
}
const config = loadConfig();
const { version } = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

/** The database to read: DATABASE_URL, the embedded server a running Koers keeps, or one started for this. */
async function openDatabase(): Promise<TDatabaseConnection> {
  if (config.databaseUrl) {
    console.log('backing up the server at DATABASE_URL (its own backups or pg_dump are the better tool there)');
  } else if (!existsSync(path.join(config.dataDir, 'postgres', 'PG_VERSION'))) {
    console.error(`no Koers database in ${config.dataDir} (KOERS_DATA_DIR): nothing to back up`);
    process.exit(1);
  }
  return connectDatabase(config, console.log, { joinRunning: true });
}

const database = await openDatabase();
try {
  const manifest = await writeBackup(database.connectionString, file, version);
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `backup written to ${file}: ${manifest.tables.length} tables, ${rows} rows, ` +
      `migration level ${manifest.migrations.at(-1) ?? 'none'}`,
  );
} catch (error) {
  console.error(`backup failed, no file written: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
