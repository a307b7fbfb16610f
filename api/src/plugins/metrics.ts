import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { UnauthenticatedError } from '../errors.ts';

const METRICS_PATH = '/metrics';

/** The label of requests no route took (the 404 handler), so unknown URLs add no label values. */
const UNMATCHED_ROUTE = '(unmatched)';
/** The label of the built web app's files and pages: one route per file is no help to read. */
const WEB_APP_ROUTE = '(web app)';

type TMetricsPluginOptions = {
  /** Absent: metrics are off and /metrics answers 404, as an unknown route does. */
  token: string | undefined;
};

/** A route template such as /api/partnerships/:partnershipId/dashboard, never the URL itself. */
function routeLabel(request: FastifyRequest): string {
  const route = request.routeOptions.url;
  if (route === undefined) return UNMATCHED_ROUTE;
  return route.startsWith('/api') ? route : WEB_APP_ROUTE;
}

// Both sides hashed first: timingSafeEqual needs equal lengths, and comparing digests keeps the token's
// length from showing in how long a refusal takes.
const digest = (text: string) => createHash('sha256').update(text).digest();

function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}

/**
 * Prometheus metrics at /metrics for whoever holds the token: request rate and latency per route, the
 * PostgreSQL pool's connections at the moment of the scrape, and Node's process metrics (memory, CPU,
 * event-loop delay, garbage collection). Nothing is measured while the token is unset.
 */
export default fp<TMetricsPluginOptions>(
  async (fastify, opts) => {
    const { token } = opts;
    if (token === undefined) {
      // Registered even so: the web app's catch-all would otherwise answer /metrics with its page.
      fastify.get(METRICS_PATH, { schema: { hide: true } }, (_request, reply) => reply.callNotFound());
      return;
    }

    // A registry of this app's own: the process-wide default would mix the metrics of two apps in one process.
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });

    const requestDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from receiving a request to sending its answer, by method, route template and status',
      labelNames: ['method', 'route', 'status_code'] as const,
      registers: [registry],
    });
    fastify.addHook('onResponse', (request, reply, done) => {
      // Scrapes are the monitor's own traffic, not the app's.
      if (request.routeOptions.url !== METRICS_PATH) {
        requestDuration.observe(
          { method: request.method, route: routeLabel(request), status_code: reply.statusCode },
          reply.elapsedTime / 1000,
        );
      }
      done();
    });

    // Read when scraped, so they show the pool as it is then.
    const pool = fastify.pg.pool;
    const poolGauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(read());
        },
      });
    poolGauge('koers_db_pool_max_connections', 'Connections the PostgreSQL pool may open', () => pool.options.max);
    poolGauge('koers_db_pool_connections', 'Connections the PostgreSQL pool holds open', () => pool.totalCount);
    poolGauge('koers_db_pool_idle_connections', 'Open connections no request is using', () => pool.idleCount);
    poolGauge(
      'koers_db_pool_waiting_requests',
      'Requests waiting for a connection because every one is in use',
      () => pool.waitingCount,
    );

    const expected = digest(token);
    fastify.get(METRICS_PATH, { schema: { hide: true } }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const given = bearerToken(request.headers.authorization);
      if (given === undefined || !timingSafeEqual(digest(given), expected)) {
        reply.header('www-authenticate', 'Bearer realm="metrics"');
        throw new UnauthenticatedError('Send the metrics token as "Authorization: Bearer <token>"');
      }
      const text = await registry.metrics();
      return reply.type(registry.contentType).send(text);
    });
  },
  { name: 'metrics', dependencies: ['db'] },
);
