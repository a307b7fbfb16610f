import { z } from 'zod';

/** Every error the API sends has this one shape; `details` lists field-level problems. */
export const ZFieldIssue = z.object({
  path: z.string(),
  message: z.string(),
});
export type TFieldIssue = z.infer<typeof ZFieldIssue>;

export const API_ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  /** A change without a valid x-csrf-token header: fetch GET /api/auth/session and send again. */
  'CSRF_TOKEN_INVALID',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'PRECONDITION_REQUIRED',
  'TOO_MANY_REQUESTS',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'DATABASE_UNAVAILABLE',
  'INTERNAL',
  'BAD_REQUEST',
] as const;
export const ZApiErrorCode = z.enum(API_ERROR_CODES);
export type TApiErrorCode = z.infer<typeof ZApiErrorCode>;

export const ZApiError = z.object({
  code: ZApiErrorCode,
  message: z.string(),
  requestId: z.string(),
  details: z.array(ZFieldIssue).optional(),
});
export type TApiError = z.infer<typeof ZApiError>;
