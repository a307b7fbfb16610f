import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZPerson } from '@koers/shared/people';
import { z } from 'zod';
import { apiGet } from '../../../lib/api-client.ts';

const ZPeopleList = z.object({ items: z.array(ZPerson) });

export function peopleQueryOptions() {
  return queryOptions({
    queryKey: ['people', 'list'],
    queryFn: async ({ signal }) => (await apiGet('/api/people', ZPeopleList, { signal })).items,
  });
}

export function usePeople() {
  return useQuery(peopleQueryOptions());
}
