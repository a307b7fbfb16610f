import type { FastifyInstance } from 'fastify';
import type { PoolClient } from 'pg';

/**
 * Whether a request computed its dashboard (ran the statement that reads the summaries) or sent a kept
 * one (the API's read cache, or a rendering kept in PostgreSQL); either way it reads its session, and a
 * kept one its scopes' versions.
 */
export async function computedIn<T>(
  app: FastifyInstance,
  request: () => Promise<T>,
): Promise<{ result: T; computed: boolean }> {
  let computed = false;
  // Reads run one statement per pooled connection they take: the first statement after each take.
  const watch = (client: PoolClient) => {
    const query = client.query;
    client.query = ((...args: Parameters<PoolClient['query']>) => {
      client.query = query;
      const [text] = args;
      computed ||= (typeof text === 'string' ? text : (text as { text: string }).text).includes('"theme_summary"');
      return (query as (...a: unknown[]) => unknown).apply(client, args);
    }) as PoolClient['query'];
  };
  app.pg.pool.on('acquire', watch);
  try {
    return { result: await request(), computed };
  } finally {
    app.pg.pool.off('acquire', watch);
  }
}
