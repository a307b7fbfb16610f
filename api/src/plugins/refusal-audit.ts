import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import { recordAudit } from '../modules/audit/audit.repository.ts';

/** Anonymous refusals written per address and window; past it they go to the application log only. */
export const ANONYMOUS_REFUSALS_PER_WINDOW = 30;
const WINDOW_MS = 15 * 60_000;

/**
 * Every refused request (403) goes into the audit log: who asked, which route and method, under the
 * request's id. The route's pattern, never its URL, so no token in a path reaches the log; never the body.
 * One insert, before the answer goes: once a client has its 403, the refusal is on record.
 *
 * Anyone can be refused without signing in (a cross-site write, a password sign-in for a domain that must
 * use its institution's account), so without a bound a script could fill the audit log. Each address gets
 * a budget per window of this instance; what goes over it is logged, not written.
 */
export default fp(
  async (fastify) => {
    const anonymousRefusals = new LRUCache<string, number>({ max: 50_000, ttl: WINDOW_MS });
    fastify.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode !== 403 || !request.url.startsWith('/api/')) return payload;
      if (!request.actor) {
        const count = (anonymousRefusals.get(request.ip) ?? 0) + 1;
        anonymousRefusals.set(request.ip, count, { noUpdateTTL: true });
        if (count > ANONYMOUS_REFUSALS_PER_WINDOW) {
          request.log.warn({ route: request.routeOptions.url }, 'anonymous refusal over the audit budget');
          return payload;
        }
      }
      try {
        await recordAudit(fastify.db, {
          actorPersonId: request.actor?.personId ?? null,
          action: 'request.refused',
          subjectType: 'route',
          subjectId: `${request.method} ${request.routeOptions.url ?? '(no route)'}`,
          requestId: request.id,
        });
      } catch (err) {
        // The refusal itself stands; a database that is away must not turn it into an error.
        request.log.warn({ err }, 'could not write a refused request to the audit log');
      }
      return payload;
    });
  },
  { name: 'refusal-audit', dependencies: ['db', 'auth'] },
);
