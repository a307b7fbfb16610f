import { gzipSync } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';

/** A cached answer as it is sent: the JSON's UTF-8 bytes, and gzipped for clients that accept it. */
type TCachedJson = { json: Buffer; gzip: Buffer | undefined };

/**
 * The JSON of read-heavy answers (dashboards, board overview, review queue) as the bytes sent, encoded and
 * compressed once instead of for every request (browsers accept gzip; the answers are tens of kilobytes
 * that shrink to a few). They are kept per read version: the number in `read_version`, which a trigger
 * moves at the commit of every change to the data those answers show. A request reads the number with its
 * session, before its data, so a cached answer is never older than what the request itself could have
 * read. Each API instance keeps its own; they agree through PostgreSQL.
 */
export type TReadCache = {
  json<S extends z.ZodType>(
    key: string,
    readVersion: string,
    schema: S,
    compute: () => Promise<z.output<S>>,
  ): Promise<TCachedJson>;
};

declare module 'fastify' {
  // Declaration merging needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyReply {
    /**
     * Sends the answer kept for `key` as of `readVersion`, running `compute` only when none is kept. A
     * kept answer is sent without `compute`, so the route authorizes before it calls this, and the key
     * holds everything besides the data that the answer depends on (who may see what, the date, the query).
     */
    cachedJson<S extends z.ZodType>(
      key: string,
      readVersion: string,
      schema: S,
      compute: () => Promise<z.output<S>>,
    ): Promise<FastifyReply>;
  }
}

type TEncode = () => Promise<TCachedJson>;

/** Below this, compressing saves less than a network packet. */
const COMPRESS_MIN_BYTES = 1024;

function encoded(value: unknown): TCachedJson {
  const json = Buffer.from(JSON.stringify(value));
  return { json, gzip: json.byteLength < COMPRESS_MIN_BYTES ? undefined : gzipSync(json) };
}

export function createReadCache(maxBytes: number): TReadCache {
  // fetch() runs one computation per key however many requests ask for it at once.
  const entries = new LRUCache<string, TCachedJson, TEncode>({
    maxSize: maxBytes,
    sizeCalculation: ({ json, gzip }) => Math.max(1, json.byteLength + (gzip?.byteLength ?? 0)),
    fetchMethod: (_key, _stale, { context }) => context(),
    // A newer version clears the cache while older computations may still run: their requests still
    // get their answers (clearing would otherwise abort them).
    ignoreFetchAbort: true,
  });
  let newest = -1n;

  return {
    async json(key, readVersion, schema, compute) {
      // The same checks and shape as the route's response serializer, then plain JSON to send as is.
      const encode = async () => encoded(z.encode(schema, await compute()));
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

/** Sends a cached answer as it is, gzipped when the client accepts that (as browsers do). */
function sendJson(reply: FastifyReply, { json, gzip }: TCachedJson): FastifyReply {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  const accepted = reply.request.headers['accept-encoding'];
  if (gzip && accepted && negotiate(accepted, ['gzip']) === 'gzip') {
    return reply.header('content-encoding', 'gzip').send(gzip);
  }
  return reply.send(json);
}

/** About 32 MB of JSON: the answers for a few thousand partnerships and views. */
const MAX_CACHED_BYTES = 32 * 1024 * 1024;

export default fp(
  async (fastify) => {
    const cache = createReadCache(MAX_CACHED_BYTES);
    fastify.decorateReply('cachedJson', async function (this: FastifyReply, key, readVersion, schema, compute) {
      return sendJson(this, await cache.json(key, readVersion, schema, compute));
    } satisfies FastifyReply['cachedJson']);
  },
  { name: 'read-cache' },
);
