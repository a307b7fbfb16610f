import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { apiGet } from '../../../lib/api-client.ts';
import { instrumentKeys } from './query-keys.ts';

function getCurrentInstrument(signal: AbortSignal) {
  return apiGet<TInstrumentVersion>('/api/instrument/current', { signal });
}

function currentInstrumentQueryOptions() {
  return queryOptions({
    queryKey: instrumentKeys.current(),
    queryFn: ({ signal }) => getCurrentInstrument(signal),
  });
}

export function useCurrentInstrument() {
  return useQuery(currentInstrumentQueryOptions());
}
