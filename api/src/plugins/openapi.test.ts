import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZApiError } from '@koers/shared/api-error';
import { TestClient } from '../../test/session.ts';
import { buildTestApp } from '../../test/test-app.ts';

type TOperation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  parameters?: unknown[];
  requestBody?: unknown;
  security?: Record<string, string[]>[];
  responses: Record<string, { $ref?: string }>;
};
type TDocument = {
  openapi: string;
  info: { description?: string; license?: { name: string; identifier?: string }; contact?: { url?: string } };
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, TOperation>>;
  components: {
    schemas: Record<string, unknown>;
    securitySchemes: Record<string, { type: string; in?: string; name?: string; scheme?: string }>;
    responses: Record<string, { content: { 'application/json': { schema: { $ref: string } } } }>;
  };
};

const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);
/** camelCase verb and noun, e.g. `listGoodApproaches`: what a client generator turns into a method name. */
const OPERATION_ID = /^[a-z]+[A-Z][a-zA-Z0-9]*$/;
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

  it('describes the API as OpenAPI 3.1, with its licence, a contact, a server and the tags of each area', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.license).toEqual({ name: expect.any(String), identifier: 'EUPL-1.2' });
    expect(document.info.contact?.url).toMatch(/^https?:\/\//);
    expect(document.info.description).toBeTruthy();
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    const tags = document.tags ?? [];
    expect(new Set(tags.map((tag) => tag.name)).size).toBe(tags.length);
    for (const tag of tags) expect(tag.description, tag.name).toBeTruthy();
  });

  it('gives every operation an operationId of its own, a summary, declared tags and its security', () => {
    expect(operations.length).toBeGreaterThan(50);
    const declaredTags = new Set((document.tags ?? []).map((tag) => tag.name));
    const usedTags = new Set<string>();
    const problems: string[] = [];
    for (const { method, path, operation } of operations) {
      const name = `${method.toUpperCase()} ${path}`;
      if (!OPERATION_ID.test(operation.operationId ?? ''))
        problems.push(`${name}: operationId ${operation.operationId}`);
      if (!operation.summary) problems.push(`${name}: no summary`);
      if (!operation.tags?.length) problems.push(`${name}: no tags`);
      for (const tag of operation.tags ?? []) {
        usedTags.add(tag);
        if (!declaredTags.has(tag)) problems.push(`${name}: tag ${tag} is not declared in OPENAPI_TAGS`);
      }
      const [requirement] = operation.security ?? [];
      if (Boolean(requirement?.csrf) !== UNSAFE.has(method)) problems.push(`${name}: CSRF requirement`);
    }
    const ids = operations.map(({ operation }) => operation.operationId);
    for (const id of new Set(ids))
      if (ids.indexOf(id) !== ids.lastIndexOf(id)) problems.push(`operationId ${id} repeats`);
    for (const tag of declaredTags) if (!usedTags.has(tag)) problems.push(`tag ${tag} is declared but unused`);
    expect(problems).toEqual([]);
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

  it('documents the answers of every operation: a success or redirect, and its 4xx in the one error shape', () => {
    for (const { method, path, operation } of operations) {
      const name = `${method} ${path}`;
      const statuses = Object.keys(operation.responses);
      expect(
        statuses.some((status) => /^[23]\d\d$/.test(status)),
        name,
      ).toBe(true);
      const errors = Object.entries(operation.responses).filter(([status]) => /^4\d\d$/.test(status));
      for (const [status, answer] of errors)
        expect(answer.$ref, `${name} ${status}`).toBe(`#/components/responses/Error${status}`);
      // Every operation refuses an API token that is no longer live.
      expect(statuses, name).toContain('401');
      if (UNSAFE.has(method)) expect(statuses, name).toContain('403');
      if (path.includes('{')) expect(statuses, name).toContain('404');
      // 400 wherever it takes input: a path, query or header parameter, or a body.
      if (operation.parameters?.length || operation.requestBody) expect(statuses, name).toContain('400');
      expect(operation.responses.default?.$ref, name).toBe('#/components/responses/UnexpectedError');
    }
    expect(document.paths['/api/respond/{token}']?.get?.responses).toHaveProperty('410');
    expect(Object.keys(document.paths['/api/respond/{token}']?.put?.responses ?? {})).toEqual(
      expect.arrayContaining(['409', '410', '412', '428']),
    );
    expect(document.paths['/api/auth/login']?.post?.responses).toHaveProperty('429');
    for (const answer of Object.values(document.components.responses))
      expect(answer.content['application/json'].schema.$ref).toBe('#/components/schemas/ApiError');
    const { $schema: _dialect, ...apiError } = z.toJSONSchema(ZApiError);
    expect(document.components.schemas.ApiError).toEqual(apiError);
  });

  it('answers 401 in the one error shape on every operation to an API token that is not live', async () => {
    const mismatches: string[] = [];
    for (const { method, path } of operations) {
      const res = await app.inject({
        method: method.toUpperCase() as 'GET',
        url: path.replace(/\{([^}]+)\}/g, (_, name: string) => sampleParam(name)),
        headers: { authorization: `Bearer koers_pat_${'x'.repeat(43)}` },
      });
      const code = res.statusCode === 401 ? ZApiError.safeParse(res.json()).data?.code : undefined;
      if (code !== 'UNAUTHENTICATED') mismatches.push(`${method} ${path}: ${res.statusCode} ${res.body.slice(0, 80)}`);
    }
    expect(mismatches).toEqual([]);
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
