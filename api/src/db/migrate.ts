import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import { tsImport } from 'tsx/esm/api';
import { REPO_ROOT } from '../config.ts';

export const MIGRATIONS_DIR = path.join(REPO_ROOT, 'migrations');

/**
 * Loads the TypeScript migration files through tsx, so they load the same way under the server,
 * the scripts and the test runner's global setup (where a plain import() cannot read .ts).
 */
const migrationProvider: MigrationProvider = {
  async getMigrations() {
    const migrations: Record<string, Migration> = {};
    for (const name of await listMigrationNames()) {
      const url = pathToFileURL(path.join(MIGRATIONS_DIR, `${name}.ts`)).href;
      migrations[name] = (await tsImport(url, import.meta.url)) as Migration;
    }
    return migrations;
  },
};

export function createMigrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: migrationProvider });
}

/**
 * Brings the schema up to date. Kysely's Migrator takes a PostgreSQL advisory lock around the run,
 * so instances that start at the same moment migrate one after the other, not over each other.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const result: MigrationResultSet = await createMigrator(db).migrateToLatest();
  if (result.error) throw result.error;
  return (result.results ?? []).map((r) => r.migrationName);
}

/** Names of the migrations shipped with this build, to compare with what the database has applied. */
export async function listMigrationNames(): Promise<string[]> {
  const files = await fs.readdir(MIGRATIONS_DIR);
  return files
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
}
