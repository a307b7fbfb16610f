import type { Socket } from 'node:net';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/** How long closing waits for handlers still at work; the process itself exits 10 s after the signal. */
const DRAIN_TIMEOUT_MS = 8_000;
const SWEEP_INTERVAL_MS = 100;

/** Whether Fastify reads a body for this request (its rule): a request without one goes on to its handler. */
const hasBody = (request: FastifyRequest) =>
  request.headers['transfer-encoding'] !== undefined ||
  (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0');

/**
 * A clean close: every request that has started reaches its answer, and no connection holds the close open.
 *
 * - Fastify's close waits for open connections, not for handlers: a handler runs on after its client has
 *   gone, and without this wait the pool would end under it. A request counts from its first hook until
 *   its answer reaches `onSend`, which runs for every answer, sent or not (`onResponse` does not, for a
 *   client that has gone). A request with a body whose client has gone before the body was read stops
 *   counting: Fastify never finishes it (it waits for a body that will not come). One without a body goes
 *   on to its handler, so it counts until its answer.
 * - Node's `closeIdleConnections` leaves alone a connection on which no request has arrived yet (clients
 *   and load balancers open them ahead of need), and it stops checking connections once the server closes.
 *   So while closing, idle connections and ones that never carried a request are closed again and again,
 *   until the last answers have gone out.
 *
 * Every request passes through here, so the bookkeeping per request is two set operations; the rest
 * happens only while closing.
 */
export default fp(
  async (fastify) => {
    const running = new Set<FastifyRequest>();
    // Past its body: from here on Fastify takes a request to its answer, whatever its client does.
    const pastBody = new WeakSet<FastifyRequest>();
    let drained: (() => void) | undefined;
    fastify.addHook('onRequest', (request, _reply, done) => {
      running.add(request);
      done();
    });
    fastify.addHook('preValidation', (request, _reply, done) => {
      pastBody.add(request);
      done();
    });
    fastify.addHook('onSend', (request, _reply, payload, done) => {
      if (running.delete(request) && running.size === 0) drained?.();
      done(null, payload);
    });
    const forgetAbandoned = () => {
      for (const request of running) {
        if (request.raw.socket.destroyed && !pastBody.has(request) && hasBody(request)) running.delete(request);
      }
      if (running.size === 0) drained?.();
    };

    // Connections no request has arrived on yet: one listener per connection, not per request.
    const unused = new Set<Socket>();
    fastify.server.on('connection', (socket: Socket) => {
      unused.add(socket);
      const used = () => unused.delete(socket);
      socket.once('data', used).once('close', used);
    });
    const closeQuietConnections = () => {
      fastify.server.closeIdleConnections();
      for (const socket of unused) socket.destroy();
    };

    let sweep: NodeJS.Timeout | undefined;
    // Runs when closing starts: new requests are turned away (503) while these finish.
    fastify.addHook('preClose', async () => {
      const tick = () => {
        closeQuietConnections();
        forgetAbandoned();
      };
      sweep = setInterval(tick, SWEEP_INTERVAL_MS);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, DRAIN_TIMEOUT_MS);
        drained = () => {
          clearTimeout(timer);
          resolve();
        };
        tick();
      });
    });
    fastify.addHook('onClose', async () => clearInterval(sweep));
  },
  { name: 'in-flight' },
);
