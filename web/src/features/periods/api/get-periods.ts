import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ZPeriod } from '@koers/shared/periods';
import { apiGet } from '../../../lib/api-client.ts';

const ZPeriodList = z.object({ items: z.array(ZPeriod) });

function getPeriods(signal: AbortSignal) {
  return apiGet('/api/periods', ZPeriodList, { signal });
}

export function periodsQueryOptions() {
  return queryOptions({
    queryKey: ['periods'],
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
