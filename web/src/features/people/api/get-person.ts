import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZPerson } from '@koers/shared/people';
import { apiGet } from '../../../lib/api-client.ts';

export function personQueryOptions(personId: string) {
  return queryOptions({
    queryKey: ['people', 'detail', personId],
    queryFn: ({ signal }) => apiGet(`/api/people/${encodeURIComponent(personId)}`, ZPerson, { signal }),
  });
}

export function usePerson(personId: string) {
  return useQuery(personQueryOptions(personId));
}
