import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TQueueOverview } from '@koers/shared/job-queue';
import { apiGet } from '../../../lib/api-client.ts';
import { jobQueueKeys } from './query-keys.ts';

function jobQueueQueryOptions() {
  return queryOptions({
    queryKey: jobQueueKeys.overview(),
    queryFn: ({ signal }) => apiGet<TQueueOverview>('/api/job-queue', { signal }),
  });
}

/** Failed jobs and undelivered emails (admin). */
export function useJobQueue() {
  return useQuery(jobQueueQueryOptions());
}
