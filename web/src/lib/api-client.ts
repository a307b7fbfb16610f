import type { TApiError } from '@koers/shared/api-error';
import { API_ERROR_CODES } from '@koers/shared/api-error-codes';
import type { TSessionInfo } from '@koers/shared/auth';
import { CSRF_HEADER } from '@koers/shared/csrf';

/**
 * The one way the web app talks to the API.
 *
 * Answers are typed, not validated: `apiGet<TPartnership>(...)` trusts that the body has the type of the
 * shared zod schema the route declares. The API checks every answer against that very schema before it
 * sends it (fastify-type-provider-zod's serializer, and `z.encode` in its read cache), and the web app
 * and the API ship together from one server. Validating each answer again in the browser would catch
 * nothing the server has not, and would cost zod on every page (about 30 kB gzip) and parse time on every
 * large dashboard. (A tab left open across an upgrade can meet a newer API; a page that fails on that
 * shows the route error, which asks to reload.) What goes out is still checked: forms validate with the
 * schema the route declares for its body.
 *
 * Only an error answer is read defensively: it may come from a proxy in front of Koers, not from the API.
 */

/**
 * Why a request failed: the network (no answer at all) or the API (an error status, usually with a
 * `{ code, message, requestId }` body).
 */
export type TApiFailure = 'network' | 'http';

/** How the API answers with a list: the items in an envelope, so an answer can grow other fields. */
export type TItemList<TItem> = { items: TItem[] };

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

/** The CSRF token of this browser's session (or, before sign-in, its pre-session); it changes with the session. */
let csrfToken: string | undefined;

/** Sign-in hands over the new session's token; sign-out drops it, so the next change fetches a fresh one. */
export function replaceCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

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

/** The API's error shape, as far as the app relies on it; a proxy's error page is not it. */
function isApiError(body: unknown): body is TApiError {
  if (typeof body !== 'object' || body === null) return false;
  const { code, message, requestId } = body as Record<string, unknown>;
  return (
    API_ERROR_CODES.some((known) => known === code) && typeof message === 'string' && typeof requestId === 'string'
  );
}

async function failure(path: string, response: Response, unauthenticatedIsExpected = false) {
  const body = await readJson(response);
  const apiError = isApiError(body) ? body : undefined;
  if (response.status === 401 && !unauthenticatedIsExpected) {
    for (const listener of sessionEndedListeners) listener();
  }
  return new ApiRequestError(apiError ? apiError.message : `${path} answered ${response.status}`, {
    failure: 'http',
    status: response.status,
    apiError,
    retryAfterSeconds: retryAfterSeconds(response),
  });
}

/** The body of a successful answer, of the caller's type (see the top of this file for why it is not validated). */
async function answer<TResponse>(response: Response): Promise<TResponse> {
  // 201, 202 and 204 may come without a body: that is undefined, which the caller's type says it expects.
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as TResponse;
}

/** GETs a JSON resource from the API, of the type the route's shared response schema declares. */
export async function apiGet<TResponse>(path: string, { query, signal }: TGetOptions = {}): Promise<TResponse> {
  const response = await request(buildUrl(path, query), { headers: { accept: 'application/json' } }, signal);
  if (!response.ok) throw await failure(path, response);
  return answer<TResponse>(response);
}

/**
 * Who is signed in, plus a fresh CSRF token, which this client keeps for every later change.
 * The session endpoint never answers 401: no session is `user: null`.
 */
export async function fetchSession(signal?: AbortSignal): Promise<TSessionInfo> {
  const session = await apiGet<TSessionInfo>(SESSION_PATH, { signal });
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
 * Sends a change (POST, PUT, PATCH, DELETE) with the CSRF token and returns the answer, of the type the
 * route's response schema declares; without a type the answer is expected to be empty (201, 202, 204).
 * When the server refuses the token (its cookie expired or was cleared), the token is fetched afresh and
 * the change sent once more.
 */
export async function apiSend<TResponse = undefined>(
  method: TUnsafeMethod,
  path: string,
  options: TSendOptions = {},
): Promise<TResponse> {
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
  return answer<TResponse>(response);
}
