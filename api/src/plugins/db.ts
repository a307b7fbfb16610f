import fastifyPostgres from '@fastify/postgres';
import fp from 'fastify-plugin';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { TDatabase } from '../db/schema.ts';
import { listMigrationNames } from '../db/migrate.ts';
import { createStatementCache, prepareMarkedStatements } from '../db/statement-cache.ts';

declare module 'fastify' {
  // Declaration merging needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyInstance {
    db: Kysely<TDatabase>;
    /** True when PostgreSQL answers and every shipped migration is applied. */
    isDatabaseReady: () => Promise<boolean>;
  }
}

// A DATE is a calendar day, not an instant: keep it as the 'YYYY-MM-DD' text PostgreSQL sends, rather than
// a Date at local midnight that shifts with the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

type TDbPluginOptions = {
  connectionString: string;
  poolSize: number;
  /** A request that finds every connection busy for this long answers 503 instead of queueing on. */
  connectionTimeoutMs: number;
};

export default fp<TDbPluginOptions>(
  async (fastify, opts) => {
    await fastify.register(fastifyPostgres, {
      connectionString: opts.connectionString,
      max: opts.poolSize,
      // Fail fast when the pool or the server is saturated or gone: callers get a 503, not a hang.
      connectionTimeoutMillis: opts.connectionTimeoutMs,
      statement_timeout: 10_000,
      lock_timeout: 3_000,
      idle_in_transaction_session_timeout: 30_000,
      application_name: 'koers',
    });

    // A connection can break while a request holds it between two queries (PostgreSQL shutting down, the
    // network gone): its client then emits 'error' outside any query, which unheard would crash the
    // process. The request's next query fails instead (503), and the pool drops the broken client.
    const statements = createStatementCache();
    fastify.pg.pool.on('connect', (client) => {
      client.on('error', (error) => fastify.log.warn({ err: error }, 'PostgreSQL connection lost'));
      prepareMarkedStatements(client, statements);
    });
    // An idle client reports the same loss to the pool too; unheard, that would also crash the process.
    // Its own listener above has logged it already.
    fastify.pg.pool.on('error', () => {});

    // Built on @fastify/postgres's pool, which ends it on close: Kysely must never destroy() it too.
    const db = new Kysely<TDatabase>({ dialect: new PostgresDialect({ pool: fastify.pg.pool }) });
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
