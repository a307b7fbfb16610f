import fastifyPostgres from '@fastify/postgres';
import fp from 'fastify-plugin';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/schema.ts';
import { listMigrationNames } from '../db/migrate.ts';

declare module 'fastify' {
  // Declaration merging needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyInstance {
    db: Kysely<Database>;
    /** True when PostgreSQL answers and every shipped migration is applied. */
    isDatabaseReady: () => Promise<boolean>;
  }
}

// A DATE is a calendar day, not an instant: keep it as the 'YYYY-MM-DD' text PostgreSQL sends, rather than
// a Date at local midnight that shifts with the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type DbPluginOptions = {
  connectionString: string;
  poolSize: number;
};

export default fp<DbPluginOptions>(
  async (fastify, opts) => {
    await fastify.register(fastifyPostgres, {
      connectionString: opts.connectionString,
      max: opts.poolSize,
      // Fail fast when the pool or the server is saturated or gone: callers get a 503, not a hang.
      connectionTimeoutMillis: 2_000,
      statement_timeout: 10_000,
      lock_timeout: 3_000,
      idle_in_transaction_session_timeout: 30_000,
      application_name: 'koers',
    });

    // An idle client whose server went away emits 'error' on the pool; unheard, it would crash the process.
    fastify.pg.pool.on('error', (error) => {
      fastify.log.warn({ err: error }, 'idle PostgreSQL connection lost');
    });

    // Built on @fastify/postgres's pool, which ends it on close: Kysely must never destroy() it too.
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: fastify.pg.pool }) });
    fastify.decorate('db', db);

    const shipped = listMigrationNames();
    fastify.decorate('isDatabaseReady', async () => {
      try {
        const { rows } = await sql<{ applied: number }>`
          SELECT count(*)::int AS applied FROM kysely_migration WHERE name = ANY(${shipped})
        `.execute(db);
        return rows[0]?.applied === shipped.length;
      } catch {
        return false;
      }
    });
  },
  { name: 'db' },
);
