import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZAppMeta } from '@koers/shared/auth';
import { apiGet } from '../../../lib/api-client.ts';

export function appMetaQueryOptions() {
  return queryOptions({
    queryKey: ['meta'],
    queryFn: ({ signal }) => apiGet('/api/meta', ZAppMeta, { signal }),
    staleTime: Infinity,
  });
}

export function useAppMeta() {
  return useQuery(appMetaQueryOptions());
}
