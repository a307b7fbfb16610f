// No zod in this module: the web app's first page reads API errors by these codes, and must not load zod
// to do so. The error schema (api-error.ts) is built from them.

export const API_ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  /** A change without a valid x-csrf-token header: fetch GET /api/auth/session and send again. */
  'CSRF_TOKEN_INVALID',
  'NOT_FOUND',
  /** A respondent's personal link after its quarter closed (410): it opened once, it opens no more. */
  'LINK_EXPIRED',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'PRECONDITION_REQUIRED',
  'TOO_MANY_REQUESTS',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'DATABASE_UNAVAILABLE',
  'INTERNAL',
  'BAD_REQUEST',
  /** A new password that is too easy to guess; `details[0].message` is one of WEAK_PASSWORD_REASONS. */
  'PASSWORD_TOO_WEAK',
  /** A change sent with an API token (403): tokens only read; changes need a person's session. */
  'TOKEN_READ_ONLY',
  /** An admin signed in with a password and without a second factor: enrol one on the account page first. */
  'SECOND_FACTOR_REQUIRED',
  /** Password sign-in for an email domain whose organisation requires its institution's account (403). */
  'SSO_REQUIRED',
  /** A sign-in through an OpenID Connect provider that could not be completed (400): start again. */
  'SIGN_IN_FAILED',
  /** The institution's sign-in provider cannot be reached (502): try again shortly, or use a password. */
  'SIGN_IN_PROVIDER_UNAVAILABLE',
  /** An uploaded spreadsheet that cannot be read (400); `details[0].message` is one of SPREADSHEET_UNREADABLE_REASONS. */
  'SPREADSHEET_UNREADABLE',
] as const;

/** Why a new password was refused: on a list of common or breached ones, built from the person's own
 * name or address, a keyboard or repeat pattern, a date, or otherwise quickly guessed. */
export const WEAK_PASSWORD_REASONS = ['common', 'personal', 'pattern', 'date', 'guessable'] as const;
export type TWeakPasswordReason = (typeof WEAK_PASSWORD_REASONS)[number];

/** Why an uploaded file is no spreadsheet Koers reads: each asks the person to do something else about it. */
export const SPREADSHEET_UNREADABLE_REASONS = [
  'empty',
  'too-large',
  /** A zip archive (as XLSX is) that cannot be unpacked or holds no workbook exceljs reads. */
  'damaged',
  /** More than a workbook unpacks to: pictures or other parts beside the sheets, or a zip bomb. */
  'unpacks-too-large',
  'too-many-parts',
  /** Neither XLSX nor text: NUL bytes, as in an old .xls or a PDF. */
  'not-text',
  /** Text that is not CSV, such as a quote that is never closed. */
  'not-csv',
] as const;
export type TSpreadsheetUnreadableReason = (typeof SPREADSHEET_UNREADABLE_REASONS)[number];
