import { z } from 'zod';
import { API_ERROR_CODES } from './api-error-codes.ts';

/** Every error the API sends has this one shape; `details` lists field-level problems. */
export const ZFieldIssue = z.object({
  path: z.string(),
  message: z.string(),
});
export type TFieldIssue = z.infer<typeof ZFieldIssue>;

export const ZApiErrorCode = z.enum(API_ERROR_CODES);
export type TApiErrorCode = z.infer<typeof ZApiErrorCode>;

export const ZApiError = z.object({
  code: ZApiErrorCode,
  message: z.string(),
  requestId: z.string(),
  details: z.array(ZFieldIssue).optional(),
});
export type TApiError = z.infer<typeof ZApiError>;
