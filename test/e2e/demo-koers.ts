import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../api/src/app.ts';
import { loadConfig } from '../../api/src/config.ts';
import { startEmbeddedPostgres } from '../../api/src/db/embedded-postgres.ts';
import { prepareData } from '../../api/src/prepare-data.ts';
// Brings in the plugin's `app.db` declaration, which the API's emitted app types do not carry along.
import type {} from '../../api/src/plugins/db.ts';

export type TDemoKoers = { url: string; stop: () => Promise<void> };

/**
 * Starts Koers as it runs in production: the real API on a fresh embedded PostgreSQL with the demo
 * partnerships, serving the built web app. The database is thrown away when it stops.
 */
export async function startDemoKoers(
  log: (message: string) => void,
  /** On top of the suite's own settings, e.g. a sign-in provider; with PORT, Koers listens there. */
  env: Record<string, string> = {},
): Promise<TDemoKoers> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-e2e-'));
  // PostgreSQL runs as its own user when we are root; it must be able to reach its data folder inside.
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedPostgres(dataDir, log);
  // The API's own defaults, not the caller's environment: the suite behaves the same everywhere. Its public
  // URL is where it listens, named `localhost`: a passkey's relying party id must be a domain, never an IP.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    KOERS_DB_POOL_SIZE: '5',
    KOERS_DEMO_DATA: 'true',
    PORT: String(port),
    KOERS_PUBLIC_URL: `http://localhost:${port}`,
    ...env,
  });
  // As in production: the API as the application role, migrations as the owner.
  const app = await buildApp({ config, connectionString: database.appConnectionString });

  const stop = async () => {
    await app.close();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await app.ready();
    await prepareData(app.db, database.connectionString, config, app.log);
    return { url: await app.listen({ port, host: '127.0.0.1' }), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A port nothing listens on now, so the public URL can name it before the server starts. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port found');
  return address.port;
}
