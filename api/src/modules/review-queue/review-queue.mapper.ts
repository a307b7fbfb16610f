import type { TQueueItem } from '@koers/shared/follow-up';
import type { themeNames } from '../instrument/instrument.repository.ts';
import { toFlag } from '../flags/flags.mapper.ts';
import type { TQueueFlagRow } from './review-queue.repository.ts';

/** An open flag in the queue, with how its actions stand and whether it came up since the last review. */
export function toQueueItem(row: TQueueFlagRow, names: Awaited<ReturnType<typeof themeNames>>): TQueueItem {
  const lastReviewAt = row.last_review_at ? new Date(row.last_review_at) : null;
  return {
    flag: toFlag(row, names),
    sincePeriodCode: row.since_period_code,
    partnership: { id: row.partnership_id, name: row.partnership_name },
    actions: {
      total: Number(row.actions_total),
      open: Number(row.actions_open),
      overdue: Number(row.actions_overdue),
    },
    lastReviewAt: lastReviewAt?.toISOString() ?? null,
    newSinceLastReview: lastReviewAt === null || row.raised_at > lastReviewAt,
  };
}
