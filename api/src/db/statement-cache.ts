import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { PoolClient, QueryConfig } from 'pg';

/**
 * The mark of a statement that runs prepared: `query.modifyEnd(PREPARED)` in Kysely, or `PREPARED_MARK`
 * at the end of a raw text. Only for statements that look rows up by key (a partnership's summaries, a
 * session by its token): after five runs PostgreSQL may keep one generic plan for every value, which for
 * such lookups is the plan it would choose anyway, but for a statement whose best plan depends on the
 * values (a filter that matches most rows for one value and few for another) can be far slower.
 */
export const PREPARED_MARK = '/* prepared */';
export const PREPARED = sql.raw(PREPARED_MARK);

/** A bound on names, in case a marked statement's text varies with its input; each connection keeps a plan per name. */
const MAX_PREPARED = 250;

export type TStatementCache = { nameOf(text: string): string | undefined };

/**
 * Names the marked statements, so that each connection parses and plans them once: for the short
 * statements of a read (a dashboard runs seven), PostgreSQL spends longer planning than executing. The
 * name follows from the text, so one name is never used for two texts.
 */
export function createStatementCache(): TStatementCache {
  const names = new Map<string, string>();
  return {
    nameOf(text) {
      const name = names.get(text);
      if (name !== undefined || names.size >= MAX_PREPARED || !text.endsWith(PREPARED_MARK)) return name;
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
export function prepareMarkedStatements(client: PoolClient, cache: TStatementCache): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const prepared = (...[text, values, callback]: TQueryArgs) => {
    const name = typeof text === 'string' && (values === undefined || Array.isArray(values)) && cache.nameOf(text);
    if (!name) return query(text, values, callback);
    const config: QueryConfig = { name, text: text as string, values: values as unknown[] | undefined };
    return callback === undefined ? query(config) : query(config, callback);
  };
  client.query = prepared as PoolClient['query'];
}
