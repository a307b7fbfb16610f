import { vi } from 'vitest';

type THandler = (url: URL) => Response | Promise<Response>;

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function apiErrorResponse(status: number, code: string, message: string): Response {
  return jsonResponse({ code, message, requestId: 'req-test-1234' }, status);
}

/**
 * Replaces fetch, the app's only way out, with handlers keyed by path. A request nobody expected
 * fails the test loudly instead of hanging.
 */
export function mockApi(handlers: Record<string, THandler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://koers.test');
    const handler = handlers[url.pathname];
    if (!handler) throw new Error(`unexpected request: ${url.pathname}${url.search}`);
    return handler(url);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The URLs fetch was called with, for asserting which filters reached the API. */
export function requestedUrls(fetchMock: ReturnType<typeof mockApi>): URL[] {
  return fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://koers.test'));
}
