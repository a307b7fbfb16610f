import { z } from 'zod';
import { ZLanguage } from './language.ts';

/** Whether the signed-in person has a calendar feed; its address is a secret shown only when made. */
export const ZCalendarFeed = z.object({
  active: z.boolean(),
  language: ZLanguage.nullable(),
  createdAt: z.iso.datetime({ offset: true }).nullable(),
  renewedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TCalendarFeed = z.infer<typeof ZCalendarFeed>;

/** Make the feed, or renew it: a new secret address, the old one stops working. */
export const ZCalendarFeedRequest = z.object({ language: ZLanguage });
export type TCalendarFeedRequest = z.infer<typeof ZCalendarFeedRequest>;

/** The new feed, with its address: the only time Koers shows it. */
export const ZCalendarFeedCreated = ZCalendarFeed.extend({ url: z.url() });
export type TCalendarFeedCreated = z.infer<typeof ZCalendarFeedCreated>;

/** The secret in the feed's address (`/api/calendar/<token>.ics`), shaped like every other link token. */
export const ZCalendarFeedParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });
