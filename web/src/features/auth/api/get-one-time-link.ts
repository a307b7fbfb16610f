import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZOneTimeLinkInfo } from '@koers/shared/auth';
import { apiGet } from '../../../lib/api-client.ts';

function getOneTimeLink(token: string, signal: AbortSignal) {
  return apiGet(`/api/auth/one-time-links/${encodeURIComponent(token)}`, ZOneTimeLinkInfo, { signal });
}

export function oneTimeLinkQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['auth', 'one-time-link', token],
    queryFn: ({ signal }) => getOneTimeLink(token, signal),
    retry: false,
  });
}

export function useOneTimeLink(token: string) {
  return useQuery(oneTimeLinkQueryOptions(token));
}
