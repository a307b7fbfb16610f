import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../../api/src/app.ts';
import { loadConfig } from '../../api/src/config.ts';
import { startEmbeddedPostgres } from '../../api/src/db/embedded-postgres.ts';
import { migrateToLatest } from '../../api/src/db/migrate.ts';
import { seedDemoData } from '../../api/src/demo/seed-demo.ts';
// Brings in the plugin's `app.db` declaration, which the API's emitted app types do not carry along.
import type {} from '../../api/src/plugins/db.ts';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting needs declaration merging
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const WEB_INDEX = path.resolve(import.meta.dirname, '../../web/dist/index.html');

/**
 * Starts Koers as it runs in production: the real API on a fresh embedded PostgreSQL with the demo
 * partnerships, serving the built web app. Each run gets its own database, thrown away afterwards.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(
      `The browser suite tests the built web app, but ${WEB_INDEX} is missing. ` +
        'Run "npm run test:e2e" (it builds first) or "npm run build --workspace web".',
    );
  }

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-e2e-'));
  // PostgreSQL runs as its own user when we are root; it must be able to reach its data folder inside.
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedPostgres(dataDir, (message) => console.log(`[e2e] ${message}`));
  // The API's own defaults, not the caller's environment: the suite behaves the same everywhere.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', KOERS_DB_POOL_SIZE: '5' });
  const app = await buildApp({ config, connectionString: database.connectionString });

  const teardown = async () => {
    await app.close();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await app.ready();
    await migrateToLatest(app.db);
    await seedDemoData(app.db);
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    project.provide('baseUrl', url);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
