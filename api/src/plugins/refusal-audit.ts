import fp from 'fastify-plugin';
import { recordAudit } from '../modules/audit/audit.repository.ts';

/**
 * Every refused request (403) goes into the audit log: who asked, which route and method, under the
 * request's id. The route's pattern, never its URL, so no token in a path reaches the log; never the body.
 * One insert, before the answer goes: once a client has its 403, the refusal is on record.
 */
export default fp(
  async (fastify) => {
    fastify.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode !== 403 || !request.url.startsWith('/api/')) return payload;
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
