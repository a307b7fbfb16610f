import { loadConfig } from '../config.ts';
import { connectDatabase } from '../db/database.ts';
import { migrateAsOwner } from '../db/migrate.ts';

// `npm run db:migrate`: bring the configured database (and the job queue's schema) up to date without starting the API.
const config = loadConfig();
const database = await connectDatabase(config, console.log, { joinRunning: true });
try {
  const applied = await migrateAsOwner(database.connectionString);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'already up to date');
} finally {
  await database.stop();
}
