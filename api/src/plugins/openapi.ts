import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZApiError } from '@koers/shared/api-error';
import { CSRF_HEADER } from '@koers/shared/auth';
import { SESSION_COOKIE } from './auth.ts';
import { OPENAPI_TAGS } from './openapi-tags.ts';

/** Where the docs live: Swagger UI here, the document at `${DOCS_PREFIX}/json`. */
const DOCS_PREFIX = '/api/docs';

/**
 * Operations anyone may call, without a session. Every other operation needs one; a test holds this
 * list to what the routes do (anonymous: 401 exactly where the document asks for a session).
 */
const PUBLIC_OPERATIONS = new Set([
  'GET /api/livez',
  'GET /api/readyz',
  'GET /api/meta',
  // The questionnaire itself: a respondent's link opens it without an account.
  'GET /api/instrument/current',
  'GET /api/instrument/versions/{version}',
  'GET /api/auth/session',
  // A calendar app fetches its feed without a session: the secret address is the key.
  'GET /api/calendar/{token}.ics',
  'POST /api/auth/login',
  // The second step holds a pending sign-in (its own cookie), not a session.
  'POST /api/auth/login/second-factor',
  'POST /api/auth/logout',
  'POST /api/auth/password-reset-requests',
  'GET /api/auth/one-time-links/{token}',
  // Signing in through an institution's provider: the list, the start and the callback.
  'GET /api/auth/oidc',
  'GET /api/auth/oidc/{provider}',
  'GET /api/auth/oidc/{provider}/callback',
  // Signing in with a passkey: no email address, no session yet.
  'POST /api/auth/passkey/options',
  'POST /api/auth/passkey',
  'POST /api/auth/one-time-links/{token}',
  'GET /api/respond/{token}',
  'PUT /api/respond/{token}',
  'POST /api/respond/{token}/completion',
  // A respondent turns reminders off from the link in an email, without an account.
  'POST /api/reminder-opt-outs/{token}',
]);

/** A respondent's personal link: it answers 410 once its quarter has closed. */
const RESPONDENT_LINK_PATH = /^\/api\/respond\/\{token\}/;

/** Operations that count attempts and answer 429 beyond them. */
const THROTTLED_OPERATIONS = new Set([
  'POST /api/auth/login',
  'POST /api/auth/login/second-factor',
  'POST /api/account/second-factor/enrolment/confirmation',
  'POST /api/account/second-factor/recovery-codes',
  'DELETE /api/account/second-factor',
  'POST /api/auth/password-reset-requests',
  'POST /api/auth/passkey/options',
  'POST /api/auth/passkey',
  'GET /api/auth/oidc/{provider}',
  'GET /api/auth/oidc/{provider}/callback',
  'POST /api/flags/{flagId}/contact-requests',
  'GET /api/calendar/{token}.ics',
]);

const UNSAFE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

const errorAnswer = (description: string, retryAfter = false) => ({
  description,
  ...(retryAfter
    ? {
        headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } },
      }
    : {}),
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
});

/** The 4xx (and 503) answers, all in the one error shape, referenced by status from every operation. */
const ERROR_ANSWERS = {
  400: errorAnswer('The request is not valid: `details` names each field and what is wrong with it'),
  401: errorAnswer('No live session (sign in first), or an API token that has expired or was revoked'),
  403: errorAnswer(
    'Not allowed for this person, the `x-csrf-token` header is missing or not valid, or a change was sent with an API token (`TOKEN_READ_ONLY`)',
  ),
  404: errorAnswer('Not found, or not visible to this person'),
  409: errorAnswer('Conflicts with the current state (a record that exists, or can no longer change)'),
  410: errorAnswer('The link expired when its quarter closed'),
  412: errorAnswer('If-Match names an older version: someone saved in between'),
  413: errorAnswer('The request body is too large'),
  415: errorAnswer('The body is not application/json'),
  428: errorAnswer('If-Match is missing: send the version the change is based on'),
  429: errorAnswer('Too many attempts: wait for Retry-After seconds', true),
  503: errorAnswer('The database is briefly unavailable: retry after Retry-After seconds', true),
} as const;
/** Any status not listed: an unexpected failure (500), in the same shape, with the request id to report. */
const UNEXPECTED_ANSWER = errorAnswer('Something went wrong on our side (500): mention `requestId` when you report it');
type TErrorStatus = keyof typeof ERROR_ANSWERS;

// A component of the document, not a document of its own: no `$schema`.
const { $schema: _dialect, ...API_ERROR_SCHEMA } = z.toJSONSchema(ZApiError);

type TOperation = {
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  security?: Record<string, string[]>[];
};
type TDocument = {
  paths?: Record<string, Partial<Record<(typeof METHODS)[number], TOperation>>>;
  components?: Record<string, unknown>;
};

/** The error answers an operation can give, from what it takes and who may call it. */
function errorStatuses(method: string, path: string, operation: TOperation): TErrorStatus[] {
  const key = `${method.toUpperCase()} ${path}`;
  const signedIn = !PUBLIC_OPERATIONS.has(key);
  const unsafe = UNSAFE_METHODS.has(method);
  const parameters = operation.parameters ?? [];
  const statuses: TErrorStatus[] = [];
  if (parameters.length > 0 || operation.requestBody !== undefined) statuses.push(400);
  // Every request under /api/ that sends an API token no longer live is refused, public or not.
  statuses.push(401);
  if (signedIn || unsafe) statuses.push(403);
  if (parameters.some((p) => p.in === 'path')) statuses.push(404);
  const ifMatch = parameters.some((p) => p.in === 'header' && p.name === 'if-match');
  // A save with If-Match also meets a record that was frozen in between (a submitted assessment).
  if ((signedIn && unsafe) || ifMatch) statuses.push(409);
  if (RESPONDENT_LINK_PATH.test(path)) statuses.push(410);
  if (ifMatch) statuses.push(412, 428);
  if (operation.requestBody !== undefined) statuses.push(413, 415);
  if (THROTTLED_OPERATIONS.has(key)) statuses.push(429);
  if (key !== 'GET /api/livez') statuses.push(503);
  return statuses;
}

/**
 * A zod record over an enum (theme scores keyed '1'..'5') becomes `propertyNames` + `required` without
 * `properties`: valid JSON Schema, but a client generator sees no fields. Spelled out as the equivalent
 * `properties`, one per key, each with the record's value schema.
 */
function spellOutEnumRecords(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(spellOutEnumRecords);
  if (typeof node !== 'object' || node === null) return;
  const schema = node as Record<string, unknown>;
  const keys = (schema.propertyNames as { enum?: unknown[] } | undefined)?.enum;
  const value = schema.additionalProperties;
  if (schema.properties === undefined && Array.isArray(keys) && typeof value === 'object' && value !== null) {
    schema.properties = Object.fromEntries(keys.map((key) => [String(key), value]));
    schema.additionalProperties = false;
    delete schema.propertyNames;
  }
  Object.values(schema).forEach(spellOutEnumRecords);
}

/**
 * Completes the generated document: who may call each operation (session cookie, CSRF header), every
 * error answer in the one error shape. Each route's schema gives its operation an operationId, a summary
 * and tags, written there so that they stay stable for client generators (the OpenAPI test holds them).
 */
function completeDocument<T extends object>(document: T): T {
  const doc = document as TDocument;
  // A plugin's root route is registered as `/api/partnerships/` too; clients call it without the slash.
  doc.paths = Object.fromEntries(
    Object.entries(doc.paths ?? {}).map(([path, item]) => [path.length > 1 ? path.replace(/\/$/, '') : path, item]),
  );
  spellOutEnumRecords(doc.paths);
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const needs = [
        ...(PUBLIC_OPERATIONS.has(key) ? [] : ['session']),
        ...(UNSAFE_METHODS.has(method) ? ['csrf'] : []),
      ];
      operation.security = needs.length === 0 ? [] : [Object.fromEntries(needs.map((name) => [name, []]))];
      // Or, for reading, an integration's API token in place of the session.
      if (needs.includes('session') && method === 'get') operation.security.push({ bearerAuth: [] });
      operation.responses ??= {};
      for (const status of errorStatuses(method, path, operation))
        operation.responses[status] ??= { $ref: `#/components/responses/Error${status}` };
      operation.responses.default ??= { $ref: '#/components/responses/UnexpectedError' };
    }
  }
  doc.components = {
    ...doc.components,
    schemas: {
      ...(doc.components?.schemas as object | undefined),
      ApiError: API_ERROR_SCHEMA,
    },
    responses: {
      ...Object.fromEntries(Object.entries(ERROR_ANSWERS).map(([status, answer]) => [`Error${status}`, answer])),
      UnexpectedError: UNEXPECTED_ANSWER,
    },
    securitySchemes: {
      session: {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE,
        description: 'The session cookie that `POST /api/auth/login` sets (HttpOnly, SameSite=Strict).',
      },
      csrf: {
        type: 'apiKey',
        in: 'header',
        name: CSRF_HEADER,
        description: 'Every POST, PUT, PATCH and DELETE sends the `csrfToken` of `GET /api/auth/session` here.',
      },
      bearerAuth: {
        type: 'http',
        scheme: 'bearer',
        description:
          'A read-only API token (`koers_pat_...`) from `POST /api/account/api-tokens`, for integrations: it reads what its owner may read, on every GET; every change answers 403 `TOKEN_READ_ONLY`.',
      },
    },
  };
  return document;
}

/**
 * The OpenAPI document, generated from the routes' zod schemas, and Swagger UI to browse it, at
 * /api/docs. Registered only when the configuration asks for the docs (in production: KOERS_API_DOCS).
 */
type TOpenapiOptions = { publicUrl: string };

export default fp<TOpenapiOptions>(
  async (fastify, { publicUrl }) => {
    await fastify.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Koers API',
          description: [
            'Monitoring the five core themes of Samen Opleiden partnerships: quarterly self-assessments,',
            'scores against peers, flags that invite a conversation, reviews and follow-up actions.',
            '',
            'The web app signs in with a session cookie and sends the CSRF token with every change. An',
            'integration reads with a read-only API token (`Authorization: Bearer koers_pat_...`) made on',
            'the account page; it reads what its owner may read. Every error has one shape, `ApiError`.',
          ].join('\n'),
          version: '0.1.0',
          // Whoever runs this instance answers for it: its own address, where its people sign in.
          contact: { name: 'The team that runs this Koers instance', url: publicUrl },
          license: { name: 'European Union Public Licence 1.2', identifier: 'EUPL-1.2' },
        },
        servers: [{ url: '/', description: 'This Koers instance' }],
        tags: [...OPENAPI_TAGS],
      },
      transform: jsonSchemaTransform,
      transformObject: (generated) =>
        completeDocument('openapiObject' in generated ? generated.openapiObject : generated.swaggerObject),
    });
    await fastify.register(fastifySwaggerUi, {
      routePrefix: DOCS_PREFIX,
      // Without the top bar: its logo is an SVG with an inline <style> (refused by the page's CSP, and
      // not worth weakening it for), and its address field would browse any other document.
      uiConfig: { layout: 'BaseLayout' },
    });
  },
  { name: 'openapi' },
);
