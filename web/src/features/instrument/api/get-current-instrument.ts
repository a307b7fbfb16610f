import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZInstrumentVersion } from '@koers/shared/instrument';
import { apiGet } from '../../../lib/api-client.ts';

function getCurrentInstrument(signal: AbortSignal) {
  return apiGet('/api/instrument/current', ZInstrumentVersion, { signal });
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
