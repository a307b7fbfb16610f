import { CSRF_HEADER, ZSessionInfo, type TSessionInfo } from '@koers/shared/auth';
import { ZApiError, type TApiError } from '@koers/shared/api-error';
import type { z } from 'zod';

/**
 * Why a request failed: the network (no answer at all), the API (an error status, usually with
 * a `{ code, message, requestId }` body) or a response that does not match the agreed schema.
 */
export type TApiFailure = 'network' | 'http' | 'invalid-response';

export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  readonly failure: TApiFailure;
  /** The HTTP status; absent when no response arrived. */
  readonly status: number | undefined;
  /** The API's error body, when the server sent one in the agreed shape. */
  readonly apiError: TApiError | undefined;
  /** From a Retry-After header (429, 503): how long to wait before trying again. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    message: string,
    details: {
      failure: TApiFailure;
      status?: number;
      apiError?: TApiError;
      retryAfterSeconds?: number;
      cause?: unknown;
    },
  ) {
    super(message, { cause: details.cause });
    this.failure = details.failure;
    this.status = details.status;
    this.apiError = details.apiError;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

type TQueryParams = Record<string, string | undefined>;
type TUnsafeMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type TGetOptions = {
  query?: TQueryParams;
  signal?: AbortSignal;
};

type TSendOptions = {
  body?: unknown;
  /** Request headers of the operation itself, such as If-Match or Idempotency-Key. */
  headers?: Record<string, string>;
  /**
   * For the one request where 401 is an ordinary answer (a wrong password at sign-in): it must not be
   * taken for a session that ended.
   */
  unauthenticatedIsExpected?: boolean;
};

const SESSION_PATH = '/api/auth/session';

/** The double-submit CSRF token; not secret from this page, and not bound to the session. */
let csrfToken: string | undefined;

type TSessionEndedListener = () => void;
const sessionEndedListeners = new Set<TSessionEndedListener>();

/**
 * Calls `listener` whenever the API answers 401 to a request that needed a session: the session
 * ended (idle or absolute timeout, signed out elsewhere, account disabled). Returns the unsubscribe.
 */
export function onSessionEnded(listener: TSessionEndedListener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

function buildUrl(path: string, query: TQueryParams | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, value);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function retryAfterSeconds(response: Response): number | undefined {
  const raw = response.headers.get('retry-after');
  if (raw === null) return undefined;
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

async function request(path: string, init: RequestInit, signal: AbortSignal | undefined): Promise<Response> {
  try {
    // Same-origin only: the session and CSRF cookies never travel to another site.
    return await fetch(path, { ...init, credentials: 'same-origin', signal });
  } catch (error) {
    // A cancelled request is not a failure: let the caller (TanStack Query) see the abort itself.
    if (signal?.aborted) throw error;
    throw new ApiRequestError(`Could not reach the server for ${path}`, { failure: 'network', cause: error });
  }
}

async function failure(path: string, response: Response, unauthenticatedIsExpected = false) {
  const body = await readJson(response);
  const parsed = ZApiError.safeParse(body);
  if (response.status === 401 && !unauthenticatedIsExpected) {
    for (const listener of sessionEndedListeners) listener();
  }
  return new ApiRequestError(parsed.success ? parsed.data.message : `${path} answered ${response.status}`, {
    failure: 'http',
    status: response.status,
    apiError: parsed.success ? parsed.data : undefined,
    retryAfterSeconds: retryAfterSeconds(response),
  });
}

function parse<TSchema extends z.ZodType>(path: string, response: Response, schema: TSchema, body: unknown) {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiRequestError(`${path} sent a response that does not match its schema`, {
      failure: 'invalid-response',
      status: response.status,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** GETs a JSON resource from the API and checks it against the schema both sides share. */
export async function apiGet<TSchema extends z.ZodType>(
  path: string,
  schema: TSchema,
  { query, signal }: TGetOptions = {},
): Promise<z.infer<TSchema>> {
  const response = await request(buildUrl(path, query), { headers: { accept: 'application/json' } }, signal);
  if (!response.ok) throw await failure(path, response);
  return parse(path, response, schema, await readJson(response));
}

/**
 * Who is signed in, plus a fresh CSRF token, which this client keeps for every later change.
 * The session endpoint never answers 401: no session is `user: null`.
 */
export async function fetchSession(signal?: AbortSignal): Promise<TSessionInfo> {
  const session = await apiGet(SESSION_PATH, ZSessionInfo, { signal });
  csrfToken = session.csrfToken;
  return session;
}

/** The server's answer to a bad or missing CSRF token. */
function isCsrfRefusal(error: ApiRequestError): boolean {
  return error.apiError?.code === 'CSRF_TOKEN_INVALID';
}

async function sendOnce(method: TUnsafeMethod, path: string, options: TSendOptions): Promise<Response> {
  csrfToken ??= (await fetchSession()).csrfToken;
  const headers: Record<string, string> = { ...options.headers, accept: 'application/json', [CSRF_HEADER]: csrfToken };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return request(
    path,
    { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) },
    undefined,
  );
}

/**
 * Sends a change (POST, PUT, PATCH, DELETE) with the CSRF token, and checks the answer against the
 * schema; without a schema the answer is expected to be empty (201, 202, 204). When the server refuses
 * the token (its cookie expired or was cleared), the token is fetched afresh and the change sent once more.
 */
export async function apiSend<TSchema extends z.ZodType = z.ZodUndefined>(
  method: TUnsafeMethod,
  path: string,
  options: TSendOptions & { schema?: TSchema } = {},
): Promise<z.infer<TSchema>> {
  let response = await sendOnce(method, path, options);
  if (!response.ok) {
    let error = await failure(path, response, options.unauthenticatedIsExpected);
    if (isCsrfRefusal(error)) {
      csrfToken = undefined;
      response = await sendOnce(method, path, options);
      if (!response.ok) error = await failure(path, response, options.unauthenticatedIsExpected);
    }
    if (!response.ok) throw error;
  }
  if (!options.schema) return undefined as z.infer<TSchema>;
  return parse(path, response, options.schema, await readJson(response));
}
