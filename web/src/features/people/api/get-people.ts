import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TPerson } from '@koers/shared/people';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';

export function peopleQueryOptions() {
  return queryOptions({
    queryKey: ['people', 'list'],
    queryFn: async ({ signal }) => (await apiGet<TItemList<TPerson>>('/api/people', { signal })).items,
  });
}

export function usePeople() {
  return useQuery(peopleQueryOptions());
}
