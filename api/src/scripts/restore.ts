import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, loadConfig } from '../config.ts';
import { BackupFileError } from '../db/backup-file.ts';
import { listMigrationNames } from '../db/migrate.ts';
import { RestoreRefused, restoreBackup } from '../db/restore.ts';

// `npm run db:restore -- --file <path> --yes-replace-data`: puts a backup of db:backup in place of the
// embedded data folder (KOERS_DATA_DIR). It replaces what Koers holds, so it refuses to run without the
// flag; the folder it replaces is kept aside, renamed. A relative path is taken from the repository root.
const FLAG = '--yes-replace-data';
const USAGE = `usage: npm run db:restore -- --file <path> ${FLAG}`;

function parseArguments(): { file: string; confirmed: boolean } {
  try {
    const { values } = parseArgs({
      options: { file: { type: 'string' }, 'yes-replace-data': { type: 'boolean', default: false } },
    });
    if (values.file) return { file: path.resolve(REPO_ROOT, values.file), confirmed: values['yes-replace-data'] };
    console.error(`db:restore needs the backup file to restore.\n${USAGE}`);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
  }
  process.exit(2);
}

const { file, confirmed } = parseArguments();
const config = loadConfig();
if (config.databaseUrl) {
  console.error(
    'db:restore restores the embedded database (KOERS_DATA_DIR), and DATABASE_URL is set. ' +
      "Restore an external PostgreSQL with its own tools (pg_dump and pg_restore, or the provider's backups).",
  );
  process.exit(2);
}
if (!confirmed) {
  console.error(
    `db:restore replaces ALL data in ${config.dataDir} with the backup. Run it again with ${FLAG} to proceed.`,
  );
  process.exit(2);
}

try {
  const { manifest, setAside } = await restoreBackup(file, config.dataDir, console.log);
  console.log(`restored ${file} into ${config.dataDir}; every table matches the backup's checksums`);
  console.log(setAside ? `the data folder that was there is kept at ${setAside}` : 'there was no data folder before');
  if (manifest.migrations.length < listMigrationNames().length) {
    console.log('the backup is at an older migration level: Koers migrates it when it starts');
  }
} catch (error) {
  if (error instanceof BackupFileError) {
    console.error(`${file} cannot be restored: ${error.message}. Nothing was changed.`);
  } else if (error instanceof RestoreRefused) {
    console.error(`restore refused: ${error.message}. Nothing was changed.`);
  } else {
    console.error(`restore failed: ${(error as Error).message}. ${config.dataDir} was not changed.`);
  }
  process.exitCode = 1;
}
