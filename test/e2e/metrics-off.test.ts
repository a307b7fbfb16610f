import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

// The served web app answers every other address outside /api with its page; /metrics is not one of them.
describe('metrics without a configured token, beside the web app', () => {
  it('answers /metrics with the JSON 404 of an unknown route, not the web app', async () => {
    const res = await fetch(`${baseUrl}/metrics`, { headers: { authorization: 'Bearer any-token-at-all' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND', message: 'No route GET /metrics' });
  });
});
