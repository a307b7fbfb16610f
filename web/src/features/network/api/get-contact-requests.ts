import { useQuery } from '@tanstack/react-query';
import type { TContactRequestList } from '@koers/shared/network';
import { apiGet } from '../../../lib/api-client.ts';
import { networkKeys } from './query-keys.ts';

export function useContactRequests(partnershipId: string) {
  return useQuery({
    queryKey: networkKeys.contactRequests(partnershipId),
    queryFn: ({ signal }) =>
      apiGet<TContactRequestList>(`/api/partnerships/${encodeURIComponent(partnershipId)}/contact-requests`, {
        signal,
      }),
  });
}
