import { runMigrations } from 'graphile-worker';
import pg from 'pg';
import { APPLICATION_ROLE } from '../db/application-role.ts';
import { queueLogger } from './queue-logger.ts';

const silent = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} };

/**
 * The job queue's own schema (graphile_worker), brought up to date by graphile-worker's migrations, which
 * keep their own record. Run as the owner after Koers's migrations (the application role exists then); the
 * application role gets rows and functions, never the schema itself. Instances starting together do this
 * one after the other under an advisory lock, since concurrent GRANTs on one object can fail.
 */
export async function installJobQueue(ownerConnectionString: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: ownerConnectionString, max: 2 });
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const lock = await pool.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock(hashtextextended('koers:install-job-queue', 0))`);
    await runMigrations({ pgPool: pool, logger: queueLogger(silent) });
    await lock.query(`
      GRANT USAGE ON SCHEMA graphile_worker TO ${APPLICATION_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA graphile_worker TO ${APPLICATION_ROLE};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA graphile_worker TO ${APPLICATION_ROLE};
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphile_worker TO ${APPLICATION_ROLE};
      -- Which queue migrations ran is the owner's business, as kysely_migration is.
      REVOKE INSERT, UPDATE, DELETE ON graphile_worker.migrations FROM ${APPLICATION_ROLE};
    `);
    // graphile-worker turns row-level security on for its private tables with no policy, so that only their
    // owner reaches them; the application role (which may not bypass RLS) is let in by a policy of its own.
    await lock.query(`
      DO $$
      DECLARE t record;
      BEGIN
        FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'graphile_worker' AND c.relkind = 'r' AND c.relrowsecurity LOOP
          EXECUTE format('DROP POLICY IF EXISTS koers_app_rows ON graphile_worker.%I', t.relname);
          EXECUTE format('CREATE POLICY koers_app_rows ON graphile_worker.%I TO ${APPLICATION_ROLE} USING (true) WITH CHECK (true)', t.relname);
        END LOOP;
      END $$;
    `);
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(hashtextextended('koers:install-job-queue', 0))`).catch(() => {});
    lock.release();
    await pool.end();
  }
}
