import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZApiError } from '@koers/shared/api-error';
import { newToken } from '../src/modules/auth/tokens.ts';
import { seedDemoData } from '../src/demo/seed-demo.ts';
import { createAssessment, createPerson, partnershipIdByName } from './fixtures.ts';
import { signedIn, TestClient } from './session.ts';
import { buildTestApp } from './test-app.ts';

type TJsonSchema = {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  [key: string]: unknown;
};

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const FORMATS_WITHOUT_NUL = new Set(['uuid', 'date', 'date-time', 'email']);
// A pattern of plain characters and positive classes cannot match NUL; these can.
const MAY_MATCH_NUL = /(?<!\\)\.|\[\^(?!\\u0000\])|\\[WDS]/;

/** Every place in a route's input schema where a value PostgreSQL cannot hold could get through. */
function looseLeaves(schema: unknown, path: string): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as TJsonSchema;
  const problems: string[] = [];
  const patterns = [node.pattern, ...((node.allOf as TJsonSchema[] | undefined) ?? []).map((s) => s.pattern)];
  const fixed = node.enum !== undefined || node.const !== undefined;
  if (node.type === 'string' && !fixed) {
    const bounded =
      FORMATS_WITHOUT_NUL.has(node.format ?? '') ||
      patterns.some((p) => p !== undefined && (p === '^[^\\u0000]*$' || !MAY_MATCH_NUL.test(p)));
    if (!bounded) problems.push(`${path}: text that may hold NUL`);
  }
  if (
    node.type === 'integer' &&
    !fixed &&
    !((node.minimum ?? -Infinity) >= INT32.min && (node.maximum ?? Infinity) <= INT32.max)
  )
    problems.push(`${path}: an integer beyond PostgreSQL's integer`);
  if (node.type === 'number' && !fixed && !(Number.isFinite(node.minimum) && Number.isFinite(node.maximum)))
    problems.push(`${path}: an unbounded number`);
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) value.forEach((item, i) => problems.push(...looseLeaves(item, `${path}.${key}[${i}]`)));
    else if (typeof value === 'object') problems.push(...looseLeaves(value, `${path}.${key}`));
  }
  return problems;
}

describe('bad input answers 400 with the usual error shape', () => {
  let app: FastifyInstance;
  let admin: TestClient;
  let programmeManager: TestClient;
  let anonymous: TestClient;
  let partnershipId: string;
  let ownSave: string;
  let token: string;
  const inputs: { route: string; part: string; schema: z.ZodType }[] = [];

  beforeAll(async () => {
    app = await buildTestApp({
      beforeRegistering: (instance) =>
        instance.addHook('onRoute', (route) => {
          const schema = (route.schema ?? {}) as Record<string, unknown>;
          for (const part of ['params', 'querystring', 'body', 'headers']) {
            const candidate = schema[part];
            if (candidate instanceof z.ZodType)
              inputs.push({ route: `${String(route.method)} ${route.url}`, part, schema: candidate });
          }
        }),
    });
    await seedDemoData(app.db);
    partnershipId = await partnershipIdByName(app.db, 'Samen Opleiden Zeeland');
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
    const manager = await createPerson(app.db, [{ role: 'programme_manager', partnershipId }]);
    programmeManager = await signedIn(app, manager.email);
    anonymous = await new TestClient(app).start();
    const { assessmentId, responseId } = await createAssessment(app.db, { partnershipId, personId: manager.id });
    ownSave = `/api/assessments/${assessmentId}/responses/${responseId}`;
    const link = newToken();
    token = link.token;
    await app.db.updateTable('response').set({ link_token_hash: link.hash }).where('id', '=', responseId).execute();
  });
  afterAll(() => app.close());

  const expect400 = (res: { statusCode: number; json: () => unknown }, path: string) => {
    expect(res.statusCode).toBe(400);
    const body = ZApiError.parse(res.json());
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details?.map((d) => d.path)).toContain(path);
  };

  it('every route’s schema refuses NUL in text, integers beyond PostgreSQL’s integer and unbounded numbers', () => {
    expect(inputs.length).toBeGreaterThan(50);
    const problems = inputs.flatMap(({ route, part, schema }) =>
      looseLeaves(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), `${route} ${part}`),
    );
    expect(problems).toEqual([]);
  });

  it('refuses NUL in a query string, a body and a path', async () => {
    expect400(await admin.inject({ method: 'GET', url: '/api/partnerships?search=a%00b' }), 'querystring.search');
    expect400(
      await admin.inject({
        method: 'POST',
        url: '/api/organisations',
        payload: { name: 'De\u0000Esch', kind: 'school' },
      }),
      'body.name',
    );
    expect400(await admin.inject({ method: 'GET', url: '/api/partnerships/%00' }), 'params.partnershipId');
    const save = { answers: {}, notes: [{ theme: 1, evidence: 'a\u0000', nextStep: '', priority: false }] };
    expect400(
      await anonymous.inject({
        method: 'PUT',
        url: `/api/respond/${token}`,
        headers: { 'if-match': '"1"' },
        payload: save,
      }),
      'body.notes.0.evidence',
    );
  });

  it('refuses whole numbers beyond PostgreSQL’s integer, and numbers spelled otherwise than in digits', async () => {
    for (const page of ['2147483648', '1e3', '0x10', ' 1', '']) {
      expect400(
        await admin.inject({ method: 'GET', url: `/api/review-queue?page=${encodeURIComponent(page)}` }),
        'querystring.page',
      );
    }
    for (const version of ['2147483648', '1e3']) {
      expect400(await admin.inject({ method: 'GET', url: `/api/instrument/versions/${version}` }), 'params.version');
    }
  });

  it.each(['"2147483648"', '"1e3"', '"0x10"', '"0"', '"-1"', '""', '"1", "2"', '*', 'W/"9007199254740993"'])(
    'refuses If-Match %s on a save, signed in and through a respondent’s link',
    async (ifMatch) => {
      const payload = { answers: {}, notes: [] };
      expect400(
        await programmeManager.inject({ method: 'PUT', url: ownSave, headers: { 'if-match': ifMatch }, payload }),
        'headers.if-match',
      );
      expect400(
        await anonymous.inject({
          method: 'PUT',
          url: `/api/respond/${token}`,
          headers: { 'if-match': ifMatch },
          payload,
        }),
        'headers.if-match',
      );
    },
  );

  it('still takes the versions Koers writes, and asks for one when If-Match is missing', async () => {
    const payload = { answers: {}, notes: [] };
    const missing = await programmeManager.inject({ method: 'PUT', url: ownSave, payload });
    expect(missing.statusCode).toBe(428);
    expect(
      (await programmeManager.inject({ method: 'PUT', url: ownSave, headers: { 'if-match': '"1"' }, payload }))
        .statusCode,
    ).toBe(200);
    expect(
      (await programmeManager.inject({ method: 'PUT', url: ownSave, headers: { 'if-match': 'W/"2"' }, payload }))
        .statusCode,
    ).toBe(200);
    const viaLink = await anonymous.inject({
      method: 'PUT',
      url: `/api/respond/${token}`,
      headers: { 'if-match': '3' },
      payload,
    });
    expect(viaLink.statusCode).toBe(200);
    expect(viaLink.headers.etag).toBe('"4"');
  });

  it.each(['0000-01-01', '0099-12-31', '1899-12-31', '3000-01-01', '10000-01-01', '+275760-09-13', '2026-02-30'])(
    'refuses the date %s',
    async (day) => {
      expect400(
        await admin.inject({
          method: 'POST',
          url: '/api/periods',
          payload: { code: '2031-Q2', opensOn: day, dueOn: '2031-07-21' },
        }),
        'body.opensOn',
      );
      // A timeline note is the programme manager's (or critical friend's): an admin would be refused first.
      expect400(
        await programmeManager.inject({
          method: 'POST',
          url: `/api/partnerships/${partnershipId}/timeline-notes`,
          payload: { notedOn: day, text: 'A new steering group' },
        }),
        'body.notedOn',
      );
    },
  );
});
