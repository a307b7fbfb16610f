import type { TApiErrorCode, TFieldIssue } from '@koers/shared/api-error';
import type { TSpreadsheetUnreadableReason } from '@koers/shared/api-error-codes';

/** An error the client caused or may retry; the error handler turns it into the one error shape. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: TApiErrorCode;
  readonly details?: TFieldIssue[];

  constructor(statusCode: number, code: TApiErrorCode, message: string, details?: TFieldIssue[]) {
    super(message);
    this.name = 'ApiError';
    this.statusCode = statusCode;
    this.code = code;
    this.details = details;
  }
}

/** Also what another partnership's objects answer: their existence is not disclosed. */
export class NotFoundError extends ApiError {
  constructor(what = 'Resource') {
    super(404, 'NOT_FOUND', `${what} not found`);
  }
}

/** A respondent's link whose quarter has closed: it existed, so 410 and not 404. */
export class LinkExpiredError extends ApiError {
  constructor() {
    super(410, 'LINK_EXPIRED', 'This link expired when its quarter closed');
  }
}

/** Input that is well-formed but breaks a rule only the data can tell (a flag of another partnership...). */
export class InvalidInputError extends ApiError {
  constructor(message: string, details: TFieldIssue[]) {
    super(400, 'VALIDATION_FAILED', message, details);
  }
}

export class PasswordTooWeakError extends ApiError {
  constructor(reason: string) {
    super(400, 'PASSWORD_TOO_WEAK', 'Choose a password that is harder to guess', [
      { path: 'body.password', message: reason },
    ]);
  }
}

/** An uploaded file that is no spreadsheet Koers reads: the reason is a word the web translates. */
export class SpreadsheetUnreadableError extends ApiError {
  constructor(reason: TSpreadsheetUnreadableReason, why: string) {
    super(400, 'SPREADSHEET_UNREADABLE', `The file cannot be read as a spreadsheet: ${why}`, [
      { path: 'body.file', message: reason },
    ]);
  }
}

export class UnauthenticatedError extends ApiError {
  constructor(message = 'Sign in to continue') {
    super(401, 'UNAUTHENTICATED', message);
  }
}

/** The email's domain signs in through its institution: no password is weighed, known account or not. */
export class SsoRequiredError extends ApiError {
  constructor(label: string) {
    super(403, 'SSO_REQUIRED', `Your organisation signs you in through its own account: use "Sign in with ${label}"`);
  }
}

/** A provider's answer that does not belong to a sign-in this browser started (state, nonce, code). */
export class SignInFailedError extends ApiError {
  constructor(message = 'Sign-in through the provider could not be completed; start again from the login page') {
    super(400, 'SIGN_IN_FAILED', message);
  }
}

/** A provider whose discovery document cannot be read: sign-in through it waits until it is back. */
export class SignInProviderUnavailableError extends ApiError {
  constructor() {
    super(502, 'SIGN_IN_PROVIDER_UNAVAILABLE', 'The sign-in provider cannot be reached; try again shortly');
  }
}

export class CsrfTokenError extends ApiError {
  constructor() {
    super(403, 'CSRF_TOKEN_INVALID', 'The CSRF token is missing or not valid');
  }
}

export class ForbiddenError extends ApiError {
  constructor(message = 'Your role does not allow this') {
    super(403, 'FORBIDDEN', message);
  }
}

/** A change sent with an integration's API token: tokens read as their owner, and never write. */
export class TokenReadOnlyError extends ApiError {
  constructor() {
    super(403, 'TOKEN_READ_ONLY', 'API tokens only read; a change needs a signed-in session');
  }
}

/** Admin work for a person who signed in with a password alone: it opens once a second factor is enrolled. */
export class SecondFactorRequiredError extends ApiError {
  constructor() {
    super(403, 'SECOND_FACTOR_REQUIRED', 'Admins who sign in with a password need a second factor; enrol one first');
  }
}

export class ConflictError extends ApiError {
  constructor(message: string, details?: TFieldIssue[]) {
    super(409, 'CONFLICT', message, details);
  }
}

export class TooManyRequestsError extends ApiError {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super(429, 'TOO_MANY_REQUESTS', message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** A change sent without If-Match: saved as it is, it could overwrite another's work unseen. */
export class PreconditionRequiredError extends ApiError {
  constructor() {
    super(428, 'PRECONDITION_REQUIRED', 'Send the version your changes are based on as If-Match');
  }
}

/** A change based on a version someone else has since saved over. */
export class PreconditionFailedError extends ApiError {
  constructor(message: string, basedOn: number, current: number) {
    super(412, 'PRECONDITION_FAILED', message, [
      { path: 'headers.if-match', message: `Your version is ${basedOn}; the saved version is ${current}` },
    ]);
  }
}
