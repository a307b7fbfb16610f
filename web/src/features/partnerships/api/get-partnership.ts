import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZPartnership } from '@koers/shared/partnerships';
import { apiGet } from '../../../lib/api-client.ts';

function getPartnership(partnershipId: string, signal: AbortSignal) {
  return apiGet(`/api/partnerships/${encodeURIComponent(partnershipId)}`, ZPartnership, { signal });
}

export function partnershipQueryOptions(partnershipId: string) {
  return queryOptions({
    queryKey: ['partnerships', 'detail', partnershipId],
    queryFn: ({ signal }) => getPartnership(partnershipId, signal),
  });
}

export function usePartnership(partnershipId: string, enabled = true) {
  return useQuery({ ...partnershipQueryOptions(partnershipId), enabled });
}
