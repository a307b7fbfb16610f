import type { TCurrentUser } from '@koers/shared/auth';
import { vi } from 'vitest';

/** What a handler learns about the request besides its URL. */
export type TMockRequest = { method: string; headers: Headers; body: unknown };

type THandler = (url: URL, request: TMockRequest) => Response | Promise<Response>;

export const CSRF_TOKEN = 'csrf-test-token';

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function emptyResponse(status = 204): Response {
  return new Response(null, { status });
}

export function apiErrorResponse(
  status: number,
  code: string,
  message: string,
  extra: { details?: { path: string; message: string }[]; headers?: Record<string, string> } = {},
): Response {
  const body = { code, message, requestId: 'req-test-1234', ...(extra.details ? { details: extra.details } : {}) };
  return jsonResponse(body, status, extra.headers);
}

/**
 * The session endpoint as it answers for `user` (null: nobody signed in), and the language the app
 * records for whoever is signed in.
 */
export function sessionOf(user: TCurrentUser | null): Record<string, THandler> {
  return {
    '/api/auth/session': () => jsonResponse({ user, csrfToken: CSRF_TOKEN }),
    '/api/account/language': (_url, request) => jsonResponse(request.body),
  };
}

function parseBody(body: BodyInit | null | undefined): unknown {
  if (typeof body !== 'string') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/**
 * Replaces fetch, the app's only way out, with handlers keyed by path. A request nobody expected
 * fails the test loudly instead of hanging.
 */
export function mockApi(handlers: Record<string, THandler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://koers.test');
    const handler = handlers[url.pathname];
    if (!handler) throw new Error(`unexpected request: ${init?.method ?? 'GET'} ${url.pathname}${url.search}`);
    return handler(url, {
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: parseBody(init?.body),
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The URLs fetch was called with, for asserting which filters reached the API. */
export function requestedUrls(fetchMock: ReturnType<typeof mockApi>): URL[] {
  return fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://koers.test'));
}

/** The requests (method, path, body, headers) sent to one path, in order. */
export function requestsTo(fetchMock: ReturnType<typeof mockApi>, path: string): TMockRequest[] {
  return fetchMock.mock.calls
    .filter(([input]) => new URL(String(input), 'http://koers.test').pathname === path)
    .map(([, init]) => ({
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: parseBody(init?.body),
    }));
}
