import type { TReviewQueueQuery } from '@koers/shared/follow-up';
import type { TAccessScope } from '../auth/access-scope.ts';

/**
 * A cached queue is sent to everyone whose request has the same key: whose partnerships, which page, and
 * the hour, because overdue counts move with the date.
 */
export function reviewQueueKey(scope: TAccessScope, { page, pageSize }: TReviewQueueQuery, now = new Date()): string {
  const hour = now.toISOString().slice(0, 13);
  return `review-queue:${scope.kind === 'all' ? 'all' : scope.ids.join(',')}:${hour}:${page}:${pageSize}`;
}
