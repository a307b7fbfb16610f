import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { apiGet } from '../../../lib/api-client.ts';
import { versionKeys } from './query-keys.ts';

function getVersion(version: number, signal: AbortSignal) {
  return apiGet<TInstrumentVersion>(`/api/instrument/versions/${version}`, { signal });
}

/** One version as admins manage it: unlike a published version, a draft changes, so this is never held forever. */
export function versionQueryOptions(version: number) {
  return queryOptions({
    queryKey: versionKeys.version(version),
    queryFn: ({ signal }) => getVersion(version, signal),
  });
}

export function useVersion(version: number) {
  return useQuery(versionQueryOptions(version));
}
