import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { TApiError, TApiErrorCode, TFieldIssue } from '@koers/shared/api-error';
import { ApiError, TooManyRequestsError } from '../errors.ts';

/** Seconds a client should wait before retrying when the database is away. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

// node-postgres and PostgreSQL signal an unreachable or overloaded database in several ways.
const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection terminated unexpectedly',
];

/**
 * SQLSTATE classes 08 (connection), 53 (insufficient resources), 57P0x (shutdown / cannot connect now),
 * plus lock (55P03) and statement (57014) timeouts: all "try again shortly", none a bug of the caller.
 */
function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (CONNECTION_ERROR_CODES.has(code)) return true;
    if (code.startsWith('08') || code.startsWith('53') || code.startsWith('57P0')) return true;
    if (code === '55P03' || code === '57014') return true;
  }
  if (CONNECTION_MESSAGES.some((m) => error.message.includes(m))) return true;
  return error.cause !== undefined && isDatabaseUnavailable(error.cause);
}

/**
 * The database is the last guard: a unique key or foreign key that catches what the service did not
 * check (often a race between two requests) is the client's conflict, not a server error.
 */
function constraintViolation(error: unknown): { status: number; code: TApiErrorCode; message: string } | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === '23505') return { status: 409, code: 'CONFLICT', message: 'This conflicts with an existing record' };
  if (code === '23503') {
    return {
      status: 409,
      code: 'CONFLICT',
      message: 'This refers to a record that does not exist, or is still in use',
    };
  }
  // Raised by the triggers that freeze submitted assessments and published questionnaires.
  if (code === '55000') return { status: 409, code: 'CONFLICT', message: 'This can no longer be changed' };
  if (code === '23514' || code === '22001' || code === '22P02') {
    return { status: 400, code: 'VALIDATION_FAILED', message: 'The request breaks a rule of the data' };
  }
  return undefined;
}

/**
 * Values PostgreSQL cannot hold: a NUL character or invalid byte sequence in text (22P05, 22021), a
 * number out of range (22003), a date out of range or malformed (22008, 22007). The shared input
 * schemas refuse all of these with field-level details before a query runs; this is the safety net for
 * a field that escaped them, so the caller still gets a 400, and the log says which schema to fix.
 */
const UNSTORABLE_VALUE_CODES = new Set(['22P05', '22021', '22003', '22008', '22007']);
const isUnstorableValue = (error: unknown) =>
  UNSTORABLE_VALUE_CODES.has(String((error as { code?: unknown } | null)?.code));

const CLIENT_ERROR_CODES: Partial<Record<number, TApiErrorCode>> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: TApiErrorCode,
  message: string,
  details?: TFieldIssue[],
) {
  const body: TApiError = { code, message, requestId: String(request.id), ...(details ? { details } : {}) };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

function fieldIssues(error: FastifyError): TFieldIssue[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).map((issue) => {
    const segments = issue.instancePath.split('/').filter(Boolean);
    return { path: [context, ...segments].join('.'), message: issue.message ?? 'Invalid value' };
  });
}

export default fp(
  async (fastify) => {
    fastify.setErrorHandler((error: FastifyError, request, reply) => {
      if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
        return send(reply, request, 400, 'VALIDATION_FAILED', 'The request is not valid', fieldIssues(error));
      }
      if (error instanceof ApiError) {
        if (error instanceof TooManyRequestsError) reply.header('Retry-After', String(error.retryAfterSeconds));
        return send(reply, request, error.statusCode, error.code, error.message, error.details);
      }
      if (isUnstorableValue(error)) {
        request.log.warn({ err: error }, 'a value PostgreSQL cannot hold passed input validation');
        return send(reply, request, 400, 'VALIDATION_FAILED', 'The request holds a value that cannot be stored');
      }
      const constraint = constraintViolation(error);
      if (constraint) return send(reply, request, constraint.status, constraint.code, constraint.message);
      if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, 'database unavailable');
        reply.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
        return send(reply, request, 503, 'DATABASE_UNAVAILABLE', 'The database is temporarily unavailable');
      }
      const status = error.statusCode ?? 500;
      if (status === 415)
        return send(reply, request, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
      if (status === 413) return send(reply, request, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large');
      if (status >= 400 && status < 500) {
        // Errors of Fastify and its plugins (malformed JSON): their messages are safe to show.
        return send(reply, request, status, CLIENT_ERROR_CODES[status] ?? 'BAD_REQUEST', error.message);
      }
      request.log.error({ err: error }, 'unhandled error');
      return send(
        reply,
        request,
        500,
        'INTERNAL',
        'Something went wrong on our side; mention the request id when you report it',
      );
    });

    fastify.setNotFoundHandler((request, reply) =>
      send(reply, request, 404, 'NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`),
    );
  },
  { name: 'error-handler' },
);
