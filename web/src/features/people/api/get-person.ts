import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TPerson } from '@koers/shared/people';
import { apiGet } from '../../../lib/api-client.ts';
import { peopleKeys } from './query-keys.ts';

export function personQueryOptions(personId: string) {
  return queryOptions({
    queryKey: peopleKeys.detail(personId),
    queryFn: ({ signal }) => apiGet<TPerson>(`/api/people/${encodeURIComponent(personId)}`, { signal }),
  });
}

export function usePerson(personId: string) {
  return useQuery(personQueryOptions(personId));
}
