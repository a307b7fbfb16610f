import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ZPartnershipPerson } from '@koers/shared/partnerships';
import { apiGet } from '../../../lib/api-client.ts';

const ZPeopleList = z.object({ items: z.array(ZPartnershipPerson) });

function getPartnershipPeople(partnershipId: string, signal: AbortSignal) {
  return apiGet(`/api/partnerships/${encodeURIComponent(partnershipId)}/people`, ZPeopleList, { signal });
}

/** The programme managers and critical friends of a partnership: the people who can own an action. */
export function usePartnershipPeople(partnershipId: string) {
  return useQuery({
    queryKey: ['partnerships', 'people', partnershipId],
    queryFn: ({ signal }) => getPartnershipPeople(partnershipId, signal),
    select: (data) => data.items,
  });
}
