import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { connectDatabase } from './db/database.ts';
import { prepareData } from './prepare-data.ts';

const config = loadConfig();
const database = await connectDatabase(config, (message) => console.log(message));
// The API works as the least-privileged application role; only the migrations below run as the owner.
const app = await buildApp({ config, connectionString: database.appConnectionString });
if (database.appConnectionString === database.connectionString) {
  app.log.warn(
    'the API connects to PostgreSQL as the owner of the schema; set KOERS_DATABASE_APP_URL to the application role (see docs/operations.md)',
  );
}

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down');
  // Requests in flight finish (plugins/in-flight.ts), the pool ends, then the embedded server (if any) stops.
  await app.close();
  await database.stop();
});

try {
  await app.ready();
  await prepareData(app.db, database.connectionString, config, app.log);
  // Email, notices and what due dates bring run on the job queue, on its own schedule (api/src/queue/).
  await app.jobQueue.start();
  await app.listen({ port: config.port, host: config.host });
} catch (err) {
  app.log.error({ err }, 'could not start Koers');
  await app.close();
  await database.stop();
  process.exit(1);
}
