import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { basedOnVersion, sendVersioned } from './conditional-request.ts';

describe('conditional requests', () => {
  it('takes the version a change is based on from If-Match, and refuses a change without one (428)', () => {
    expect(basedOnVersion({ 'if-match': 3 })).toBe(3);
    expect(() => basedOnVersion({})).toThrow(
      expect.objectContaining({ statusCode: 428, code: 'PRECONDITION_REQUIRED' }),
    );
  });

  it('answers with the saved version as the ETag the next change sends back', async () => {
    const app = Fastify();
    app.put('/thing', (_request, reply) => sendVersioned(reply, { version: 4, updatedAt: '2026-12-06T12:00:00Z' }));
    const res = await app.inject({ method: 'PUT', url: '/thing' });
    expect(res.headers.etag).toBe('"4"');
    expect(res.json()).toEqual({ version: 4, updatedAt: '2026-12-06T12:00:00Z' });
    await app.close();
  });
});
