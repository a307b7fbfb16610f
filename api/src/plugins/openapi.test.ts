import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZApiError } from '@koers/shared/api-error';
import { TestClient } from '../../test/session.ts';
import { buildTestApp } from '../../test/test-app.ts';

type TOperation = {
  operationId?: string;
  summary?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { $ref?: string }>;
};
type TDocument = {
  paths: Record<string, Record<string, TOperation>>;
  components: {
    securitySchemes: Record<string, { type: string; in?: string; name?: string; scheme?: string }>;
    responses: Record<string, { content: { 'application/json': { schema: { $ref: string } } } }>;
  };
};

const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);
/** Operations that answer everyone, whatever they send: nothing to refuse. */
const NEVER_REFUSED = new Set([
  'get /api/livez',
  'get /api/readyz',
  'get /api/meta',
  'get /api/auth/session',
  'get /api/instrument/current',
  'get /api/auth/oidc',
]);
/** Path parameters that pass validation but name nothing, so only the session decides the answer. */
const sampleParam = (name: string) =>
  name === 'version' ? '999' : name === 'token' ? 'x'.repeat(43) : '00000000-0000-4000-8000-000000000000';

describe('the OpenAPI document', () => {
  let app: FastifyInstance;
  let document: TDocument;
  const operations: { method: string; path: string; operation: TOperation }[] = [];

  beforeAll(async () => {
    app = await buildTestApp();
    const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    document = res.json();
    for (const [path, item] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(item)) operations.push({ method, path, operation });
  });
  afterAll(() => app.close());

  it('declares the session cookie, the CSRF header and API tokens as security schemes', () => {
    expect(document.components.securitySchemes).toEqual({
      session: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'koers_session' }),
      csrf: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-csrf-token' }),
      bearerAuth: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
  });

  it('offers an API token in place of the session on every read that needs one, and on no change', () => {
    for (const { method, path, operation } of operations) {
      const [first, ...alternatives] = operation.security ?? [];
      const readsAsSignedIn = method === 'get' && Boolean(first?.session);
      expect(alternatives, `${method} ${path}`).toEqual(readsAsSignedIn ? [{ bearerAuth: [] }] : []);
    }
  });

  it('gives every operation a unique operationId, a summary and its security: CSRF on every change', () => {
    expect(operations.length).toBeGreaterThan(50);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    for (const { method, path, operation } of operations) {
      expect(operation.summary, `${method} ${path}`).toBeTruthy();
      const [requirement] = operation.security ?? [];
      expect(Boolean(requirement?.csrf), `${method} ${path}`).toBe(UNSAFE.has(method));
    }
  });

  it('asks for a session exactly where the API answers an anonymous caller 401', async () => {
    const anonymous = await new TestClient(app).start();
    const mismatches: string[] = [];
    for (const { method, path, operation } of operations) {
      const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => sampleParam(name));
      const res = await anonymous.inject({
        method: method.toUpperCase() as 'GET',
        url,
        ...(UNSAFE.has(method) ? { payload: {} } : {}),
      });
      const documented = Boolean(operation.security?.[0]?.session);
      if ((res.statusCode === 401) !== documented)
        mismatches.push(
          `${method} ${path}: documented ${documented ? 'signed in' : 'public'}, answered ${res.statusCode}`,
        );
    }
    expect(mismatches).toEqual([]);
  });

  it('documents the 4xx answers of every operation, in the one error shape', () => {
    for (const { method, path, operation } of operations) {
      const errors = Object.entries(operation.responses).filter(([status]) => /^4\d\d$/.test(status));
      if (NEVER_REFUSED.has(`${method} ${path}`)) continue;
      expect(errors.length, `${method} ${path}`).toBeGreaterThan(0);
      for (const [status, answer] of errors) {
        expect(answer.$ref, `${method} ${path} ${status}`).toBe(`#/components/responses/Error${status}`);
      }
      if (operation.security?.[0]?.session) expect(operation.responses).toHaveProperty('401');
      if (UNSAFE.has(method)) expect(operation.responses).toHaveProperty('403');
    }
    for (const answer of Object.values(document.components.responses))
      expect(answer.content['application/json'].schema.$ref).toBe('#/components/schemas/ApiError');
  });

  it('documents If-Match on a save with its 412 and 428', () => {
    const save = document.paths['/api/assessments/{assessmentId}/responses/{responseId}']?.put;
    expect(Object.keys(save?.responses ?? {})).toEqual(expect.arrayContaining(['400', '412', '428']));
  });

  it('serves Swagger UI under the page CSP, without inline styles or scripts', async () => {
    const page = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.body).not.toMatch(/<style|<script>|style="/);
  });
});

describe('the API docs in production', () => {
  it.each([
    [{ NODE_ENV: 'production' }, 404],
    [{ NODE_ENV: 'production', KOERS_API_DOCS: 'false' }, 404],
    [{ NODE_ENV: 'production', KOERS_API_DOCS: 'true' }, 200],
    [{ NODE_ENV: 'development', KOERS_API_DOCS: 'false' }, 404],
  ])('with %o answer %i', async (env, status) => {
    const app = await buildTestApp({ env });
    try {
      for (const url of ['/api/docs/json', '/api/docs/', '/api/docs/static/swagger-ui.css']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(status);
        if (status === 404) expect(ZApiError.parse(res.json()).code).toBe('NOT_FOUND');
      }
    } finally {
      await app.close();
    }
  });
});
