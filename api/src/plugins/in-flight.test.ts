import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app.ts';

/** Opens a connection and sends what a client sends, then leaves it as it is. */
async function connect(port: number, request: string): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  if (request) socket.write(request);
  return socket;
}

/** A hook still at work when the client goes, as the session lookup can be. */
const slowHook = { onRequest: async () => new Promise((resolve) => setTimeout(resolve, 300)) };

describe('closing with clients that went quiet or away', () => {
  it('waits for requests that go on after their client left, not for ones that never will, nor for quiet connections', async () => {
    let handled = 0;
    const app = await buildTestApp({
      extend: (instance) => {
        instance.put('/api/test-echo', slowHook, async () => ({ handled: ++handled }));
        instance.get('/api/test-slow', slowHook, async () => {
          // Its database work comes after its client has gone and closing has begun.
          await instance.db.selectFrom('period').select('id').limit(1).execute();
          return { handled: ++handled };
        });
      },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as net.AddressInfo;
    // A connection opened ahead of need (as load balancers and HTTP clients do) and one left idle after an
    // answer; then clients that go away while a hook is at work: one that sent half a body, one that sent
    // all of it (Fastify then waits for the body for ever) and one without a body (its handler runs).
    const opened = await connect(port, '');
    const openedClosed = new Promise((resolve) => opened.resume().once('close', resolve));
    const idle = await connect(port, 'GET /api/livez HTTP/1.1\r\nhost: koers\r\n\r\n');
    await new Promise((resolve) => idle.once('data', resolve));
    const put = (body: string, length: number) =>
      connect(
        port,
        `PUT /api/test-echo HTTP/1.1\r\nhost: koers\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n\r\n${body}`,
      );
    const gone = [
      await put('{"a":', 100),
      await put('{"a":1}', 7),
      await connect(port, 'GET /api/test-slow HTTP/1.1\r\nhost: koers\r\n\r\n'),
    ];
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const socket of gone) socket.destroy();

    const started = Date.now();
    await app.close();
    // Well below the 8 s that closing waits at most for requests still at work.
    expect(Date.now() - started).toBeLessThan(4_000);
    // The request without a body reached its handler, which found the pool still open; the others never did.
    expect(handled).toBe(1);
    // The server closed the connection that never carried a request (a hang here fails the test).
    await openedClosed;
  });
});
