import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TAppMeta } from '@koers/shared/auth';
import { apiGet } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

function appMetaQueryOptions() {
  return queryOptions({
    queryKey: authKeys.meta(),
    queryFn: ({ signal }) => apiGet<TAppMeta>('/api/meta', { signal }),
    staleTime: Infinity,
  });
}

export function useAppMeta() {
  return useQuery(appMetaQueryOptions());
}
