import type { TConfig } from '../config.ts';
import { findRunningEmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres.ts';

export type TDatabaseConnection = {
  /** As the owner: migrations and maintenance scripts. */
  connectionString: string;
  /** As the application role: the running API. */
  appConnectionString: string;
  /** Stops the embedded server; a no-op for an external DATABASE_URL. */
  stop: () => Promise<void>;
};

/**
 * DATABASE_URL when set; otherwise Koers's own embedded PostgreSQL under KOERS_DATA_DIR. The server starts
 * it and stops a PostgreSQL that a killed Koers left running there; a maintenance script (`joinRunning`)
 * instead uses the one a running Koers keeps, so running a script never takes a running Koers's data away.
 */
export async function connectDatabase(
  config: Pick<TConfig, 'databaseUrl' | 'databaseAppUrl' | 'dataDir'>,
  log: (message: string) => void,
  { joinRunning = false }: { joinRunning?: boolean } = {},
): Promise<TDatabaseConnection> {
  if (config.databaseUrl) {
    return {
      connectionString: config.databaseUrl,
      appConnectionString: config.databaseAppUrl ?? config.databaseUrl,
      stop: async () => {},
    };
  }
  const running = joinRunning ? await findRunningEmbeddedPostgres(config.dataDir) : null;
  if (running) {
    log(`using the embedded PostgreSQL (pid ${running.pid}) that the running Koers keeps in ${config.dataDir}`);
    return { ...running, stop: async () => {} };
  }
  return startEmbeddedPostgres(config.dataDir, log);
}
