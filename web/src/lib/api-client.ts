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

  constructor(
    message: string,
    details: { failure: TApiFailure; status?: number; apiError?: TApiError; cause?: unknown },
  ) {
    super(message, { cause: details.cause });
    this.failure = details.failure;
    this.status = details.status;
    this.apiError = details.apiError;
  }
}

type TQueryParams = Record<string, string | undefined>;

type TGetOptions = {
  query?: TQueryParams;
  signal?: AbortSignal;
};

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

/** GETs a JSON resource from the API and checks it against the schema both sides share. */
export async function apiGet<TSchema extends z.ZodType>(
  path: string,
  schema: TSchema,
  { query, signal }: TGetOptions = {},
): Promise<z.infer<TSchema>> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    // A cancelled request is not a failure: let the caller (TanStack Query) see the abort itself.
    if (signal?.aborted) throw error;
    throw new ApiRequestError(`Could not reach the server for ${path}`, { failure: 'network', cause: error });
  }

  const body = await readJson(response);
  if (!response.ok) {
    const parsed = ZApiError.safeParse(body);
    throw new ApiRequestError(parsed.success ? parsed.data.message : `${path} answered ${response.status}`, {
      failure: 'http',
      status: response.status,
      apiError: parsed.success ? parsed.data : undefined,
    });
  }

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
