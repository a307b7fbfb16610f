import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TPeriod } from '@koers/shared/periods';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { periodKeys } from './query-keys.ts';

function getPeriods(signal: AbortSignal) {
  return apiGet<TItemList<TPeriod>>('/api/periods', { signal });
}

function periodsQueryOptions() {
  return queryOptions({
    queryKey: periodKeys.all(),
    queryFn: ({ signal }) => getPeriods(signal),
    select: (data) => data.items,
  });
}

/** All periods, newest first. */
export function usePeriods() {
  return useQuery(periodsQueryOptions());
}

/** The period everyone is working on now; undefined while loading or when none has opened yet. */
export function useCurrentPeriod() {
  const query = usePeriods();
  return query.data?.find((period) => period.current);
}
