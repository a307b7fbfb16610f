import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { PoolClient, QueryConfig } from 'pg';

/** A statement sent this often is prepared from then on (PgJDBC's `prepareThreshold` works the same way). */
const PREPARE_AFTER = 3;
/** At most this many statements are prepared; each connection keeps a plan for those it has run. */
const MAX_PREPARED = 250;
/** Statements counted but not yet prepared: bounded, so one-off texts cannot grow it. */
const MAX_COUNTED = 5_000;

/** One data-manipulating statement: the extended protocol refuses several in one text. */
const PREPARABLE = /^\s*(select|with|insert|update|delete)\b[^;]*$/i;

export type TStatementCache = { nameOf(text: string): string | undefined };

/**
 * Decides which statements run as named prepared statements: those the API sends again and again. For
 * the short statements of a read (a dashboard runs seven), PostgreSQL spends longer planning than
 * executing; prepared, each connection plans a statement once. Transactions (`begin`, `commit`),
 * settings and migrations are never prepared. The name follows from the text, so one name is never
 * used for two texts.
 */
export function createStatementCache(): TStatementCache {
  const counts = new LRUCache<string, number>({ max: MAX_COUNTED });
  const names = new Map<string, string>();
  return {
    nameOf(text) {
      const name = names.get(text);
      if (name !== undefined || names.size >= MAX_PREPARED || !PREPARABLE.test(text)) return name;
      const count = (counts.get(text) ?? 0) + 1;
      if (count < PREPARE_AFTER) {
        counts.set(text, count);
        return undefined;
      }
      counts.delete(text);
      const prepared = `koers-${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      names.set(text, prepared);
      return prepared;
    },
  };
}

type TQueryArgs = [text: unknown, values?: unknown, callback?: unknown];

/**
 * Lets a new pool connection run the cache's statements prepared: Kysely and the pool send a statement
 * as text and values, which becomes a named query when the cache names it.
 */
export function prepareRepeatedStatements(client: PoolClient, cache: TStatementCache): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const prepared = (...[text, values, callback]: TQueryArgs) => {
    const name = typeof text === 'string' && (values === undefined || Array.isArray(values)) && cache.nameOf(text);
    if (!name) return query(text, values, callback);
    const config: QueryConfig = { name, text: text as string, values: values as unknown[] | undefined };
    return callback === undefined ? query(config) : query(config, callback);
  };
  client.query = prepared as PoolClient['query'];
}
