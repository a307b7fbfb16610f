import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

// `npm run db:migrate`: bring the configured database up to date without starting the API.
const config = loadConfig();
const database = await connectDatabase(config, console.log, { joinRunning: true });
const db = new Kysely<any>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.connectionString }) }),
});
try {
  const applied = await migrateToLatest(db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'already up to date');
} finally {
  await db.destroy();
  await database.stop();
}
