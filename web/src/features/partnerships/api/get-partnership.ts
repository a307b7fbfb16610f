import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TPartnership } from '@koers/shared/partnerships';
import { apiGet } from '../../../lib/api-client.ts';
import { partnershipKeys } from './query-keys.ts';

function getPartnership(partnershipId: string, signal: AbortSignal) {
  return apiGet<TPartnership>(`/api/partnerships/${encodeURIComponent(partnershipId)}`, { signal });
}

export function partnershipQueryOptions(partnershipId: string) {
  return queryOptions({
    queryKey: partnershipKeys.detail(partnershipId),
    queryFn: ({ signal }) => getPartnership(partnershipId, signal),
  });
}

export function usePartnership(partnershipId: string, enabled = true) {
  return useQuery({ ...partnershipQueryOptions(partnershipId), enabled });
}
