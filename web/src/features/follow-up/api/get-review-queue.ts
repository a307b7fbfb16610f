import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { QUEUE_PAGE_SIZE, type TReviewQueue } from '@koers/shared/follow-up';
import { apiGet } from '../../../lib/api-client.ts';
import { followUpKeys } from './query-keys.ts';

function getReviewQueue(page: number, signal: AbortSignal) {
  return apiGet<TReviewQueue>('/api/review-queue', {
    query: { page: String(page), pageSize: String(QUEUE_PAGE_SIZE) },
    signal,
  });
}

function reviewQueueQueryOptions(page: number) {
  return queryOptions({
    queryKey: followUpKeys.queue(page),
    queryFn: ({ signal }) => getReviewQueue(page, signal),
  });
}

export function useReviewQueue(page: number) {
  // Paging keeps the current page on screen until the next one arrives.
  return useQuery({ ...reviewQueueQueryOptions(page), placeholderData: keepPreviousData });
}
