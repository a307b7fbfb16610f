import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { apiErrorResponse, jsonResponse, mockApi, requestedUrls } from '../../test/mock-api.ts';
import { ApiRequestError, apiGet } from './api-client.ts';

const ZGreeting = z.object({ text: z.string() });

async function failureOf(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiRequestError)) throw new Error(`expected an ApiRequestError, got ${String(error)}`);
  return error;
}

describe('apiGet', () => {
  it('returns the validated body and leaves out empty query values', async () => {
    const fetchMock = mockApi({ '/api/greeting': () => jsonResponse({ text: 'hallo' }) });

    await expect(apiGet('/api/greeting', ZGreeting, { query: { a: 'x y', b: undefined, c: '' } })).resolves.toEqual({
      text: 'hallo',
    });
    expect(requestedUrls(fetchMock)[0]?.search).toBe('?a=x+y');
  });

  it('carries the API error body of a failed request', async () => {
    mockApi({ '/api/greeting': () => apiErrorResponse(404, 'NOT_FOUND', 'No greeting here') });

    const error = await failureOf(apiGet('/api/greeting', ZGreeting));
    expect(error.failure).toBe('http');
    expect(error.status).toBe(404);
    expect(error.apiError).toEqual({ code: 'NOT_FOUND', message: 'No greeting here', requestId: 'req-test-1234' });
    expect(error.message).toBe('No greeting here');
  });

  it('still reports an error status whose body is not the agreed shape', async () => {
    mockApi({ '/api/greeting': () => new Response('<html>Bad gateway</html>', { status: 502 }) });

    const error = await failureOf(apiGet('/api/greeting', ZGreeting));
    expect(error.failure).toBe('http');
    expect(error.status).toBe(502);
    expect(error.apiError).toBeUndefined();
  });

  it('reports a network failure without a status', async () => {
    mockApi({
      '/api/greeting': () => {
        throw new TypeError('Failed to fetch');
      },
    });

    const error = await failureOf(apiGet('/api/greeting', ZGreeting));
    expect(error.failure).toBe('network');
    expect(error.status).toBeUndefined();
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('rejects a response that does not match the schema', async () => {
    mockApi({ '/api/greeting': () => jsonResponse({ text: 42 }) });

    const error = await failureOf(apiGet('/api/greeting', ZGreeting));
    expect(error.failure).toBe('invalid-response');
    expect(error.status).toBe(200);
  });

  it('lets a cancelled request stay a cancellation', async () => {
    const controller = new AbortController();
    mockApi({
      '/api/greeting': () => {
        controller.abort();
        throw new DOMException('The operation was aborted.', 'AbortError');
      },
    });

    await expect(apiGet('/api/greeting', ZGreeting, { signal: controller.signal })).rejects.toHaveProperty(
      'name',
      'AbortError',
    );
  });
});
