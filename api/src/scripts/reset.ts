import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../db/database.ts';
import { migrateAsOwner } from '../db/migrate.ts';

// `npm run db:reset -- --yes-erase-everything`: drops every table of the configured database and
// migrates afresh. Destructive, so it refuses to run without the flag.
const FLAG = '--yes-erase-everything';
if (!process.argv.includes(FLAG)) {
  console.error(`db:reset erases ALL data in the configured database. Run it again with ${FLAG} to proceed.`);
  process.exit(2);
}

const config = loadConfig();
const database = await connectDatabase(config, console.log, { joinRunning: true });
const db = new Kysely<any>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.connectionString }) }),
});
try {
  await sql`DROP SCHEMA public CASCADE`.execute(db);
  await sql`DROP SCHEMA IF EXISTS graphile_worker CASCADE`.execute(db);
  await sql`CREATE SCHEMA public`.execute(db);
  const applied = await migrateAsOwner(database.connectionString);
  console.log(`database reset; applied: ${applied.join(', ')}`);
  console.log('demo data (when enabled) is loaded on the next start.');
} finally {
  await db.destroy();
  await database.stop();
}
