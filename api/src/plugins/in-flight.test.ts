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

describe('closing with clients that went quiet or away', () => {
  it('does not wait for connections that carry no request, nor for requests whose client left before the handler', async () => {
    let handled = 0;
    const app = await buildTestApp({
      extend: (instance) =>
        instance.put(
          '/api/test-echo',
          // A hook still at work when the client goes, as the session lookup can be.
          { onRequest: async () => new Promise((resolve) => setTimeout(resolve, 300)) },
          async () => ({ handled: ++handled }),
        ),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as net.AddressInfo;
    // A connection opened ahead of need (as load balancers and HTTP clients do), one left idle after an
    // answer, one whose client sent half a body and went away, and one whose client sent all of it and
    // went away while a hook was at work (Fastify then waits for its body for ever).
    const opened = await connect(port, '');
    const openedClosed = new Promise((resolve) => opened.resume().once('close', resolve));
    const idle = await connect(port, 'GET /api/livez HTTP/1.1\r\nhost: koers\r\n\r\n');
    await new Promise((resolve) => idle.once('data', resolve));
    const put = (body: string, length: number) =>
      connect(
        port,
        `PUT /api/test-echo HTTP/1.1\r\nhost: koers\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n\r\n${body}`,
      );
    const gone = [await put('{"a":', 100), await put('{"a":1}', 7)];
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const socket of gone) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 400));

    const started = Date.now();
    await app.close();
    // Well below the 8 s that closing waits at most for handlers still at work.
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(handled).toBe(0);
    // The server closed the connection that never carried a request (a hang here fails the test).
    await openedClosed;
  });
});
