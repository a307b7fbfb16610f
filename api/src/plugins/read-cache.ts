import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';

/**
 * The JSON of read-heavy answers (dashboards, board overview, review queue) as the UTF-8 bytes sent, so a
 * repeated answer is not encoded again for every request; kept per read version: the
 * number in `read_version`, which a trigger moves at the commit of every change to the data those answers
 * show. A request reads the number with its session, before its data, so a cached answer is never older
 * than what the request itself could have read. Each API instance keeps its own; they agree through
 * PostgreSQL.
 */
export type ReadCache = {
  json<S extends z.ZodType>(
    key: string,
    readVersion: string,
    schema: S,
    compute: () => Promise<z.output<S>>,
  ): Promise<Buffer>;
};

declare module 'fastify' {
  // Declaration merging needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyInstance {
    readCache: ReadCache;
  }
}

type Encode = () => Promise<Buffer>;

export function createReadCache(maxBytes: number): ReadCache {
  // fetch() runs one computation per key however many requests ask for it at once.
  const entries = new LRUCache<string, Buffer, Encode>({
    maxSize: maxBytes,
    sizeCalculation: (json) => Math.max(1, json.byteLength),
    fetchMethod: (_key, _stale, { context }) => context(),
    // A newer version clears the cache while older computations may still run: their requests still
    // get their answers (clearing would otherwise abort them).
    ignoreFetchAbort: true,
  });
  let newest = -1n;

  return {
    async json(key, readVersion, schema, compute) {
      // The same checks and shape as the route's response serializer, then plain JSON to send as is.
      const encode = async () => Buffer.from(JSON.stringify(z.encode(schema, await compute())));
      const version = BigInt(readVersion);
      if (version > newest) {
        newest = version;
        entries.clear();
      }
      // A request that read its version just before a change: right for it, not worth keeping.
      if (version < newest) return encode();
      const json = await entries.fetch(`${readVersion}:${key}`, { context: encode });
      return json ?? encode();
    },
  };
}

/** Sends JSON that is already encoded (Fastify sends a Buffer as it is). */
export function sendJson(reply: FastifyReply, json: Buffer): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}

/** About 32 MB of JSON: the answers for a few thousand partnerships and views. */
const MAX_CACHED_BYTES = 32 * 1024 * 1024;

export default fp(
  async (fastify) => {
    fastify.decorate('readCache', createReadCache(MAX_CACHED_BYTES));
  },
  { name: 'read-cache' },
);
