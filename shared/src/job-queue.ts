import { z } from 'zod';

/** A job that failed for good (every attempt used), with the error of its last attempt. */
export const ZFailedJob = z.object({
  id: z.string().regex(/^\d+$/),
  task: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  failedAt: z.iso.datetime(),
});
export type TFailedJob = z.infer<typeof ZFailedJob>;

/** An email the mail server refused (bounced) or that failed after every attempt. */
export const ZUndeliveredEmail = z.object({
  id: z.uuid(),
  kind: z.enum([
    'respondent_invitation',
    'respondent_reminder',
    'open_perspectives_reminder',
    'notice',
    'weekly_digest',
    'account_invitation',
  ]),
  recipientEmail: z.string(),
  status: z.enum(['failed', 'bounced']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type TUndeliveredEmail = z.infer<typeof ZUndeliveredEmail>;

export const ZQueueOverview = z.object({
  failedJobs: z.array(ZFailedJob),
  undeliveredEmails: z.array(ZUndeliveredEmail),
});
export type TQueueOverview = z.infer<typeof ZQueueOverview>;

export const ZFailedJobParams = z.object({ jobId: z.string().regex(/^\d{1,18}$/) });
export const ZUndeliveredEmailParams = z.object({ emailId: z.uuid() });
