import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TPartnershipPerson } from '@koers/shared/partnerships';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { followUpKeys } from './query-keys.ts';

function getPartnershipPeople(partnershipId: string, signal: AbortSignal) {
  return apiGet<TItemList<TPartnershipPerson>>(`/api/partnerships/${encodeURIComponent(partnershipId)}/people`, {
    signal,
  });
}

function partnershipPeopleQueryOptions(partnershipId: string) {
  return queryOptions({
    queryKey: followUpKeys.people(partnershipId),
    queryFn: ({ signal }) => getPartnershipPeople(partnershipId, signal),
    select: (data) => data.items,
  });
}

/** The programme managers and critical friends of a partnership: the people who can own an action. */
export function usePartnershipPeople(partnershipId: string) {
  return useQuery(partnershipPeopleQueryOptions(partnershipId));
}
