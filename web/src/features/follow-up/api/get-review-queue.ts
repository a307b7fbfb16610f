import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ZQueueItem } from '@koers/shared/follow-up';
import { apiGet } from '../../../lib/api-client.ts';

const ZReviewQueue = z.object({ items: z.array(ZQueueItem) });

function getReviewQueue(signal: AbortSignal) {
  return apiGet('/api/review-queue', ZReviewQueue, { signal });
}

export function reviewQueueQueryOptions() {
  return queryOptions({ queryKey: ['follow-up', 'queue'], queryFn: ({ signal }) => getReviewQueue(signal) });
}

export function useReviewQueue() {
  return useQuery(reviewQueueQueryOptions());
}
