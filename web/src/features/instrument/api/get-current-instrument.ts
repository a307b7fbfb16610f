import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { apiGet } from '../../../lib/api-client.ts';

function getCurrentInstrument(signal: AbortSignal) {
  return apiGet<TInstrumentVersion>('/api/instrument/current', { signal });
}

export function currentInstrumentQueryOptions() {
  return queryOptions({
    queryKey: ['instrument', 'current'],
    queryFn: ({ signal }) => getCurrentInstrument(signal),
  });
}

export function useCurrentInstrument() {
  return useQuery(currentInstrumentQueryOptions());
}
