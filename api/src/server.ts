import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { connectDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemoData } from './demo/seed-demo.ts';
import { insertOverdueFlags } from './modules/flags/flags.repository.ts';

const config = loadConfig();
const database = await connectDatabase(config, (message) => console.log(message));
const app = await buildApp({ config, connectionString: database.connectionString });

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down');
  // In-flight requests finish, the pool ends, then the embedded server (if any) stops.
  await app.close();
  await database.stop();
});

/**
 * Due dates pass while Koers runs: look for missed quarters at start and every hour. Every instance may
 * do this; a flag is raised once per quarter whoever raises it first.
 */
function scheduleOverdueSweep() {
  const sweep = () =>
    insertOverdueFlags(app.db).then(
      (raised) => raised > 0 && app.log.info({ raised }, 'overdue flags raised'),
      (err: unknown) => app.log.warn({ err }, 'overdue sweep failed; trying again next hour'),
    );
  void sweep();
  setInterval(sweep, 60 * 60 * 1000).unref();
}

try {
  await app.ready();
  const applied = await migrateToLatest(app.db);
  if (applied.length > 0) app.log.info({ applied }, 'migrations applied');
  if (config.demoData && (await seedDemoData(app.db))) app.log.info('demo data loaded');
  await app.listen({ port: config.port, host: config.host });
  scheduleOverdueSweep();
} catch (err) {
  app.log.error({ err }, 'could not start Koers');
  await app.close();
  await database.stop();
  process.exit(1);
}
