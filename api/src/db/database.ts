import type { TConfig } from '../config.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';

export type DatabaseConnection = {
  connectionString: string;
  /** Stops the embedded server; a no-op for an external DATABASE_URL. */
  stop: () => Promise<void>;
};

/** DATABASE_URL when set; otherwise Koers's own embedded PostgreSQL under KOERS_DATA_DIR. */
export async function connectDatabase(
  config: Pick<TConfig, 'databaseUrl' | 'dataDir'>,
  log: (message: string) => void,
): Promise<DatabaseConnection> {
  if (config.databaseUrl) return { connectionString: config.databaseUrl, stop: async () => {} };
  return startEmbeddedPostgres(config.dataDir, log);
}
