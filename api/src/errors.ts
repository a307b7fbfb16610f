import type { TApiErrorCode, TFieldIssue } from '@koers/shared/api-error';

/** An error the client caused or may retry; the error handler turns it into the one error shape. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: TApiErrorCode,
    message: string,
    readonly details?: TFieldIssue[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export class NotFoundError extends ApiError {
  constructor(what = 'Resource') {
    super(404, 'NOT_FOUND', `${what} not found`);
  }
}
