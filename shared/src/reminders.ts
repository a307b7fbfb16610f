import { z } from 'zod';

/** The token of a reminder opt-out link: 64 hexadecimal characters. */
export const ZReminderOptOutParams = z.object({ token: z.string().regex(/^[0-9a-f]{64}$/) });
