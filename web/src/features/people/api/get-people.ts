import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TPerson } from '@koers/shared/people';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { peopleKeys } from './query-keys.ts';

function peopleQueryOptions() {
  return queryOptions({
    queryKey: peopleKeys.list(),
    queryFn: async ({ signal }) => (await apiGet<TItemList<TPerson>>('/api/people', { signal })).items,
  });
}

export function usePeople() {
  return useQuery(peopleQueryOptions());
}
