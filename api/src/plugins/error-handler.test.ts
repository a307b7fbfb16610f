import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZApiError } from '@koers/shared/api-error';
import { TestClient } from '../../test/session.ts';
import { buildTestApp } from '../../test/test-app.ts';

describe('one error shape', () => {
  let app: FastifyInstance;
  let client: TestClient;
  beforeAll(async () => {
    app = await buildTestApp({
      extend: (instance) => {
        const typed = instance.withTypeProvider<ZodTypeProvider>();
        typed.get('/api/test/boom', async () => {
          throw new Error('secret internals: password=hunter2');
        });
        typed.post(
          '/api/test/echo',
          { schema: { body: z.object({ name: z.string().min(1), scores: z.array(z.number().int().min(1).max(4)) }) } },
          async (request) => request.body,
        );
        // A route whose schema checks nothing PostgreSQL cares about: only the error handler stands between.
        typed.post(
          '/api/test/unchecked',
          { schema: { body: z.object({ text: z.string(), amount: z.number(), day: z.string() }) } },
          async (request) => {
            const { text, amount, day } = request.body;
            await sql`SELECT ${text}::text, ${amount}::integer, ${day}::date`.execute(instance.db);
            return {};
          },
        );
      },
    });
    client = await new TestClient(app).start();
  });
  afterAll(() => app.close());

  it('answers 400 with the path of every bad field', async () => {
    const res = await client.inject({ method: 'POST', url: '/api/test/echo', payload: { name: '', scores: [1, 9] } });
    expect(res.statusCode).toBe(400);
    const body = ZApiError.parse(res.json());
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details?.map((d) => d.path).sort()).toEqual(['body.name', 'body.scores.1']);
    expect(body.details?.every((d) => d.message.length > 0)).toBe(true);
  });

  it.each([
    ['a NUL character', { text: 'a\u0000b', amount: 1, day: '2026-01-01' }],
    ['an integer beyond PostgreSQL’s integer', { text: 'a', amount: 2 ** 31, day: '2026-01-01' }],
    ['year 0', { text: 'a', amount: 1, day: '0000-01-01' }],
    ['a day that is not a date', { text: 'a', amount: 1, day: '2026-13-45' }],
    ['a year beyond what PostgreSQL holds', { text: 'a', amount: 1, day: '9999999-01-01' }],
  ])('answers 400, not 500, when a value PostgreSQL cannot hold escaped validation: %s', async (_, payload) => {
    const res = await client.inject({ method: 'POST', url: '/api/test/unchecked', payload });
    expect(res.statusCode).toBe(400);
    expect(ZApiError.parse(res.json()).code).toBe('VALIDATION_FAILED');
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(ZApiError.parse(res.json()).code).toBe('BAD_REQUEST');
  });

  it('accepts JSON only: a text/plain body gets 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'text/plain' },
      payload: 'name=x',
    });
    expect(res.statusCode).toBe(415);
    expect(ZApiError.parse(res.json()).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('hides the internals of a thrown error behind a request id', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/boom' });
    expect(res.statusCode).toBe(500);
    const body = ZApiError.parse(res.json());
    expect(body.code).toBe('INTERNAL');
    expect(res.body).not.toContain('secret');
    expect(res.body).not.toContain('hunter2');
    expect(body.requestId).toBe(res.headers['x-request-id']);
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/no-such-route' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(ZApiError.parse(res.json()).code).toBe('NOT_FOUND');
  });
});

describe('response schemas', () => {
  it('strip every field a response schema does not declare', async () => {
    const app = await buildTestApp({
      extend: (instance) =>
        instance
          .withTypeProvider<ZodTypeProvider>()
          .get('/api/test/person', { schema: { response: { 200: z.object({ name: z.string() }) } } }, async () => ({
            name: 'Anne',
            passwordHash: '$argon2id$secret',
            email: 'anne@test.nl',
          })),
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/test/person' });
      expect(res.json()).toEqual({ name: 'Anne' });
    } finally {
      await app.close();
    }
  });
});
