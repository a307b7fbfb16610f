import type { Socket } from 'node:net';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/** How long closing waits for handlers still at work; the process itself exits 10 s after the signal. */
const DRAIN_TIMEOUT_MS = 8_000;
const SWEEP_INTERVAL_MS = 100;

/**
 * A clean close: every request that has started reaches its answer, and no connection holds the close open.
 *
 * - Fastify's close waits for open connections, not for handlers: a handler runs on after its client has
 *   gone, and without this wait the pool would end under it. A request counts from its first hook until
 *   its answer reaches `onSend`, which runs for every answer, sent or not (`onResponse` does not, for a
 *   client that has gone). A request whose client goes before its handler starts stops counting then:
 *   Fastify may never finish it (it waits for a body that will not come), and its hooks are done.
 * - Node's `closeIdleConnections` leaves alone a connection on which no request has arrived yet (clients
 *   and load balancers open them ahead of need), and it stops checking such connections once the server
 *   closes: each would hold the close open. So every connection without an answer in progress is closed,
 *   again and again until the server has closed, as the last answers go out.
 */
export default fp(
  async (fastify) => {
    const running = new Set<FastifyRequest>();
    const inHandler = new WeakSet<FastifyRequest>();
    let drained: (() => void) | undefined;
    const finish = (request: FastifyRequest) => {
      if (running.delete(request) && running.size === 0) drained?.();
    };
    fastify.addHook('onRequest', (request, _reply, done) => {
      running.add(request);
      done();
    });
    fastify.addHook('preHandler', (request, _reply, done) => {
      inHandler.add(request);
      running.add(request);
      done();
    });
    fastify.addHook('onRequestAbort', (request, done) => {
      if (!inHandler.has(request)) finish(request);
      done();
    });
    fastify.addHook('onSend', (request, _reply, payload, done) => {
      finish(request);
      done(null, payload);
    });

    // Answers in progress per connection.
    const connections = new Map<Socket, number>();
    fastify.server.on('connection', (socket: Socket) => {
      connections.set(socket, 0);
      socket.once('close', () => connections.delete(socket));
    });
    fastify.server.on('request', (request, response) => {
      const socket = request.socket;
      connections.set(socket, (connections.get(socket) ?? 0) + 1);
      response.once('close', () => {
        if (connections.has(socket)) connections.set(socket, (connections.get(socket) ?? 1) - 1);
      });
    });
    const closeQuietConnections = () => {
      for (const [socket, answers] of connections) if (answers === 0) socket.destroy();
    };

    let sweep: NodeJS.Timeout | undefined;
    // Runs when closing starts: new requests are turned away (503) while these finish.
    fastify.addHook('preClose', async () => {
      closeQuietConnections();
      sweep = setInterval(closeQuietConnections, SWEEP_INTERVAL_MS);
      if (running.size === 0) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, DRAIN_TIMEOUT_MS);
        drained = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    });
    fastify.addHook('onClose', async () => clearInterval(sweep));
  },
  { name: 'in-flight' },
);
