import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { Migrator, type MigrationProvider, type MigrationResultSet } from 'kysely/migration';
import { migrations } from '../../../migrations/index.ts';
import { installJobQueue } from '../queue/install-job-queue.ts';

const migrationProvider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

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

/**
 * Migrates on a connection of its own as the owner (DATABASE_URL or the embedded server's owner), so the
 * running API's pool never needs the rights that DDL takes; then the job queue's schema, which
 * graphile-worker migrates itself.
 */
export async function migrateAsOwner(ownerConnectionString: string): Promise<string[]> {
  const db = new Kysely<any>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: ownerConnectionString, max: 1 }) }),
  });
  try {
    const applied = await migrateToLatest(db);
    await installJobQueue(ownerConnectionString);
    return applied;
  } finally {
    await db.destroy();
  }
}

/** Names of the migrations shipped with this build, to compare with what the database has applied. */
export function listMigrationNames(): string[] {
  return Object.keys(migrations).sort();
}
