import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TGoodApproach } from '@koers/shared/good-approaches';
import { apiGet } from '../../../lib/api-client.ts';
import { goodApproachKeys } from './query-keys.ts';

function goodApproachQueryOptions(id: string) {
  return queryOptions({
    queryKey: goodApproachKeys.approach(id),
    queryFn: ({ signal }) => apiGet<TGoodApproach>(`/api/good-approaches/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useGoodApproach(id: string) {
  return useQuery(goodApproachQueryOptions(id));
}
