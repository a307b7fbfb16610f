import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZReviewQueue } from '@koers/shared/follow-up';
import { apiGet } from '../../../lib/api-client.ts';

function getReviewQueue(signal: AbortSignal) {
  return apiGet('/api/review-queue', ZReviewQueue, { signal });
}

export function reviewQueueQueryOptions() {
  return queryOptions({ queryKey: ['follow-up', 'queue'], queryFn: ({ signal }) => getReviewQueue(signal) });
}

export function useReviewQueue() {
  return useQuery(reviewQueueQueryOptions());
}
