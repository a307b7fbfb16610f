import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TOneTimeLinkInfo } from '@koers/shared/auth';
import { apiGet } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

function getOneTimeLink(token: string, signal: AbortSignal) {
  return apiGet<TOneTimeLinkInfo>(`/api/auth/one-time-links/${encodeURIComponent(token)}`, { signal });
}

function oneTimeLinkQueryOptions(token: string) {
  return queryOptions({
    queryKey: authKeys.oneTimeLink(token),
    queryFn: ({ signal }) => getOneTimeLink(token, signal),
    retry: false,
  });
}

export function useOneTimeLink(token: string) {
  return useQuery(oneTimeLinkQueryOptions(token));
}
