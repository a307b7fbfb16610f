import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { apiGet } from '../../../lib/api-client.ts';
import { instrumentKeys } from './query-keys.ts';

function getInstrumentVersion(version: number, signal: AbortSignal) {
  return apiGet<TInstrumentVersion>(`/api/instrument/versions/${version}`, { signal });
}

function instrumentVersionQueryOptions(version: number) {
  return queryOptions({
    queryKey: instrumentKeys.version(version),
    queryFn: ({ signal }) => getInstrumentVersion(version, signal),
    // A published version never changes: an assessment stays pinned to the questions it was started with.
    staleTime: Infinity,
  });
}

/** The questionnaire version an assessment was started with; waits while the version is not known yet. */
export function useInstrumentVersion(version: number | undefined) {
  return useQuery({ ...instrumentVersionQueryOptions(version ?? 0), enabled: version !== undefined });
}
