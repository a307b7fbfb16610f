import { describe, expect, it, vi } from 'vitest';
import { apiErrorResponse, jsonResponse, mockApi, requestedUrls, requestsTo } from '../../test/mock-api.ts';
import { ApiRequestError, apiGet, apiSend, fetchSession, onSessionEnded } from './api-client.ts';

type TGreeting = { text: string };

async function failureOf(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiRequestError)) throw new Error(`expected an ApiRequestError, got ${String(error)}`);
  return error;
}

describe('apiGet', () => {
  it('returns the body and leaves out empty query values', async () => {
    const fetchMock = mockApi({ '/api/greeting': () => jsonResponse({ text: 'hallo' }) });

    await expect(apiGet<TGreeting>('/api/greeting', { query: { a: 'x y', b: undefined, c: '' } })).resolves.toEqual({
      text: 'hallo',
    });
    expect(requestedUrls(fetchMock)[0]?.search).toBe('?a=x+y');
  });

  it('carries the API error body of a failed request', async () => {
    mockApi({ '/api/greeting': () => apiErrorResponse(404, 'NOT_FOUND', 'No greeting here') });

    const error = await failureOf(apiGet('/api/greeting'));
    expect(error.failure).toBe('http');
    expect(error.status).toBe(404);
    expect(error.apiError).toEqual({ code: 'NOT_FOUND', message: 'No greeting here', requestId: 'req-test-1234' });
    expect(error.message).toBe('No greeting here');
  });

  it('still reports an error status whose body is not the agreed shape', async () => {
    mockApi({ '/api/greeting': () => new Response('<html>Bad gateway</html>', { status: 502 }) });

    const error = await failureOf(apiGet('/api/greeting'));
    expect(error.failure).toBe('http');
    expect(error.status).toBe(502);
    expect(error.apiError).toBeUndefined();
  });

  it('does not take a proxy’s JSON error for the API’s', async () => {
    mockApi({ '/api/greeting': () => jsonResponse({ code: 'upstream_timeout', message: 'Gateway timeout' }, 504) });

    const error = await failureOf(apiGet('/api/greeting'));
    expect(error.status).toBe(504);
    expect(error.apiError).toBeUndefined();
    expect(error.message).toBe('/api/greeting answered 504');
  });

  it('reports a network failure without a status', async () => {
    mockApi({
      '/api/greeting': () => {
        throw new TypeError('Failed to fetch');
      },
    });

    const error = await failureOf(apiGet('/api/greeting'));
    expect(error.failure).toBe('network');
    expect(error.status).toBeUndefined();
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('lets a cancelled request stay a cancellation', async () => {
    const controller = new AbortController();
    mockApi({
      '/api/greeting': () => {
        controller.abort();
        throw new DOMException('The operation was aborted.', 'AbortError');
      },
    });

    await expect(apiGet('/api/greeting', { signal: controller.signal })).rejects.toHaveProperty('name', 'AbortError');
  });
});

describe('apiSend', () => {
  it('sends the CSRF token from the session with every change', async () => {
    const fetchMock = mockApi({
      '/api/auth/session': () => jsonResponse({ user: null, csrfToken: 'token-1' }),
      '/api/greeting': () => jsonResponse({ text: 'opgeslagen' }, 201),
    });
    await fetchSession();

    await expect(apiSend<TGreeting>('POST', '/api/greeting', { body: { text: 'hoi' } })).resolves.toEqual({
      text: 'opgeslagen',
    });
    const [send] = requestsTo(fetchMock, '/api/greeting');
    expect(send?.headers.get('x-csrf-token')).toBe('token-1');
    expect(send?.headers.get('content-type')).toBe('application/json');
    expect(send?.body).toEqual({ text: 'hoi' });
  });

  it('fetches a fresh token once when the server refuses the one it has, and sends again', async () => {
    let token = 'stale';
    const fetchMock = mockApi({
      '/api/auth/session': () => jsonResponse({ user: null, csrfToken: token }),
      '/api/greeting': (_url, request) =>
        request.headers.get('x-csrf-token') === 'fresh'
          ? new Response(null, { status: 204 })
          : apiErrorResponse(403, 'CSRF_TOKEN_INVALID', 'The CSRF token is missing or not valid'),
    });
    await fetchSession();
    token = 'fresh';

    await expect(apiSend('DELETE', '/api/greeting')).resolves.toBeUndefined();
    expect(requestsTo(fetchMock, '/api/greeting').map((r) => r.headers.get('x-csrf-token'))).toEqual([
      'stale',
      'fresh',
    ]);
  });

  it('does not retry a refusal that is about the role, not the token', async () => {
    const fetchMock = mockApi({
      '/api/auth/session': () => jsonResponse({ user: null, csrfToken: 'token-1' }),
      '/api/greeting': () => apiErrorResponse(403, 'FORBIDDEN', 'Your role does not allow this'),
    });

    const error = await failureOf(apiSend('POST', '/api/greeting'));
    expect(error.status).toBe(403);
    expect(requestsTo(fetchMock, '/api/greeting')).toHaveLength(1);
  });

  it('tells the app a session ended on a 401, unless 401 is the expected answer', async () => {
    mockApi({
      '/api/auth/session': () => jsonResponse({ user: null, csrfToken: 'token-1' }),
      '/api/greeting': () => apiErrorResponse(401, 'UNAUTHENTICATED', 'Sign in to continue'),
    });
    const ended = vi.fn();
    const stopListening = onSessionEnded(ended);

    await failureOf(apiSend('POST', '/api/greeting', { unauthenticatedIsExpected: true }));
    expect(ended).not.toHaveBeenCalled();
    await failureOf(apiGet('/api/greeting'));
    expect(ended).toHaveBeenCalledTimes(1);

    stopListening();
    await failureOf(apiGet('/api/greeting'));
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('reads how long to wait from Retry-After', async () => {
    mockApi({
      '/api/auth/session': () => jsonResponse({ user: null, csrfToken: 'token-1' }),
      '/api/greeting': () =>
        apiErrorResponse(429, 'TOO_MANY_REQUESTS', 'Slow down', { headers: { 'retry-after': '17' } }),
    });

    const error = await failureOf(apiSend('POST', '/api/greeting'));
    expect(error.retryAfterSeconds).toBe(17);
  });
});
