import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZReviewQueue } from '@koers/shared/follow-up';
import { apiGet } from '../../../lib/api-client.ts';

function getReviewQueue(signal: AbortSignal) {
  return apiGet<z.infer<typeof ZReviewQueue>>('/api/review-queue', { signal });
}

export function reviewQueueQueryOptions() {
  return queryOptions({ queryKey: ['follow-up', 'queue'], queryFn: ({ signal }) => getReviewQueue(signal) });
}

export function useReviewQueue() {
  return useQuery(reviewQueueQueryOptions());
}
