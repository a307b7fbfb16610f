import { availableParallelism } from 'node:os';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import pLimit from 'p-limit';
import DataLoader from 'dataloader';
import { z } from 'zod';
import { batchPerTurn } from '../db/batch-per-turn.ts';
import type { TNameScope } from '../db/data-scopes.ts';
import { findDataVersions } from '../db/data-versions.ts';
import { GzippedJson } from '../http/gzip-parts.ts';

/**
 * A cached answer as it is sent to clients that accept gzip (browsers do): its JSON's UTF-8 bytes gzipped,
 * or as they are when too small to gain from it.
 */
type TCachedJson = { bytes: Buffer; gzipped: boolean };

/**
 * The JSON of read-heavy answers (dashboards, board overview, review queue) as the bytes sent, encoded and
 * compressed once instead of for every request (browsers accept gzip; the answers are tens of kilobytes
 * that shrink to a few, and are kept only so). An answer is kept with the versions of the data scopes it depends on (see
 * `db/data-scopes.ts`), which triggers move at the commit of a change: the scopes a route names before
 * computing (the partnerships a board overview shows, the catalogue), and the scopes its computation names
 * (a dashboard's partnership, the catalogue and the peer figures it compares with). A request reads the
 * first after its session and before its data; a named scope's version is read in the same statement as
 * the data it versions. So a kept answer is never older than what the request itself could have read, and
 * a change elsewhere leaves it valid. Each API instance keeps its own; they agree through PostgreSQL.
 */
export type TReadCache = {
  json<S extends z.ZodType>(
    key: string,
    scopes: readonly string[],
    schema: S,
    compute: (nameScope: TNameScope, asOf: string) => Promise<z.output<S> | GzippedJson>,
  ): Promise<TCachedJson>;
};

declare module 'fastify' {
  // Declaration merging needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyReply {
    /**
     * Sends the answer kept for `key` as of the current versions of `scopes` (and of the scopes that
     * `compute` named last time), running `compute` only when none is kept. A kept answer is sent
     * without `compute`, so the route authorizes before it calls this, and the key holds everything
     * besides the data that the answer depends on (who may see what, the date, the query). `compute` is
     * given the versions read before it as one text (`asOf`): a part of an answer that depends on those
     * scopes only and was computed under the same text is still valid for another answer. An answer
     * computed as `GzippedJson` is kept and sent as it is: its parts were encoded by their schemas.
     */
    cachedJson<S extends z.ZodType>(
      key: string,
      scopes: readonly string[],
      schema: S,
      compute: (nameScope: TNameScope, asOf: string) => Promise<z.output<S> | GzippedJson>,
    ): Promise<FastifyReply>;
  }
}

/** Below this, compressing saves less than a network packet. */
const COMPRESS_MIN_BYTES = 1024;

/**
 * Fastest compression: an answer is compressed once per computation, and under deadline-week traffic
 * most computations are sent once. Level 1 costs half of the default's time for about a tenth more bytes.
 */
function encoded(value: unknown): TCachedJson {
  const json = Buffer.from(JSON.stringify(value));
  if (json.byteLength < COMPRESS_MIN_BYTES) return { bytes: owned(json), gzipped: false };
  return { bytes: owned(gzipSync(json, { level: constants.Z_BEST_SPEED })), gzipped: true };
}

/**
 * The bytes in memory of their own. Node hands out buffers under 32 KB (most answers) as slices of a
 * shared 64 KB block, which a kept slice keeps alive whole: kept that way, the answers held up to three
 * times the memory the cache counts (66 MB of blocks for 32 MB of answers, in the benchmark's board
 * overviews), and garbage collection cannot free it while they are kept.
 */
function owned(bytes: Buffer): Buffer {
  if (bytes.byteLength === bytes.buffer.byteLength) return bytes;
  return Buffer.from(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

const versionsText = (scopes: readonly string[], versions: ReadonlyMap<string, string>) =>
  scopes.map((scope) => `${scope}=${versions.get(scope) ?? '0'}`).join(' ');

const entryKeyOf = (key: string, scopes: readonly string[], versions: ReadonlyMap<string, string>) =>
  `${key}|${versionsText(scopes, versions)}`;

export function createReadCache(
  maxBytes: number,
  versionsOf: (scopes: readonly string[]) => Promise<ReadonlyMap<string, string>>,
  computationsAtOnce: number,
): TReadCache {
  const entries = new LRUCache<string, TCachedJson>({
    maxSize: maxBytes,
    sizeCalculation: ({ bytes }) => Math.max(1, bytes.byteLength),
  });
  // Per key, the scopes its last computation named: read with the others before the next lookup.
  const namedScopes = new LRUCache<string, readonly string[]>({ max: 100_000 });
  // One computation per key and versions however many requests ask for it at once.
  const running = new Map<string, Promise<TCachedJson>>();
  // Computing an answer keeps the API's thread and PostgreSQL busy; more computations at once than there
  // are cores only take turns, each holding a pooled connection and its rows meanwhile, and writes (a
  // submission) wait behind all of them. Queued here instead, they leave the pool and the cores free
  // enough for writes to go through: in the bench's deadline-week mix at scale 0.2, submissions' p99 fell
  // from about 900 to about 150 ms at the same cold-read throughput. Kept answers never wait.
  const computations = pLimit(computationsAtOnce);

  return {
    async json(key, scopes, schema, compute) {
      const all = union(scopes, namedScopes.get(key) ?? []);
      // A route that names no scopes before computing names them all with the data it reads; at its first
      // request there is nothing kept to compare with, so nothing to look up (a round trip of its own).
      const versions = all.length > 0 ? await versionsOf(all) : new Map<string, string>();
      const entryKey = entryKeyOf(key, all, versions);
      const kept = entries.get(entryKey) ?? running.get(entryKey);
      if (kept) return kept;

      const computing = computations(async () => {
        const named = new Map<string, string>();
        const answer = await compute((scope, version) => named.set(scope, version), versionsText(all, versions));
        const json =
          answer instanceof GzippedJson
            ? { bytes: owned(answer.bytes), gzipped: true }
            : encoded(z.encode(schema, answer));
        // Kept under the versions read before the data, and the named scopes' versions read with it.
        const names = [...named.keys()];
        namedScopes.set(key, names);
        entries.set(entryKeyOf(key, union(scopes, names), new Map([...versions, ...named])), json);
        return json;
      });
      running.set(entryKey, computing);
      try {
        return await computing;
      } finally {
        running.delete(entryKey);
      }
    },
  };
}

/** Sends a cached answer as it is kept, unpacked for a client that does not accept gzip (a script, say). */
function sendJson(reply: FastifyReply, { bytes, gzipped }: TCachedJson): FastifyReply {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (!gzipped) return reply.send(bytes);
  const accepted = reply.request.headers['accept-encoding'];
  if (accepted && negotiate(accepted, ['gzip']) === 'gzip') return reply.header('content-encoding', 'gzip').send(bytes);
  return reply.send(gunzipSync(bytes));
}

/**
 * 16 MB of answers as sent, mostly gzipped: a dashboard is about 4 kB so, a board overview page 10 to 20: the
 * answers for a few thousand partnerships and views. (Keeping each answer unpacked as well took four times
 * the memory per answer, and the API's peak reached the 300 MB target.)
 */
const MAX_CACHED_BYTES = 16 * 1024 * 1024;

export default fp(
  async (fastify) => {
    // Requests that arrive in one turn of the event loop read their scopes' versions in one query, with
    // one load per request however many scopes it reads (a critical friend's review queue: fifty).
    const versions = new DataLoader<readonly string[], ReadonlyMap<string, string>>(async (requests) => {
      const found = await findDataVersions(fastify.pg.pool, [...new Set(requests.flat())]);
      return requests.map((scopes) => new Map(scopes.map((scope) => [scope, found.get(scope) ?? '0'])));
    }, batchPerTurn(200));
    const cache = createReadCache(MAX_CACHED_BYTES, (scopes) => versions.load(scopes), availableParallelism());
    fastify.decorateReply('cachedJson', async function (this: FastifyReply, key, scopes, schema, compute) {
      return sendJson(this, await cache.json(key, scopes, schema, compute));
    } satisfies FastifyReply['cachedJson']);
  },
  { name: 'read-cache', dependencies: ['db'] },
);
