import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TAction } from '@koers/shared/follow-up';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { followUpKeys } from './query-keys.ts';

function getPartnershipActions(partnershipId: string, signal: AbortSignal) {
  return apiGet<TItemList<TAction>>(`/api/partnerships/${encodeURIComponent(partnershipId)}/actions`, { signal });
}

function partnershipActionsQueryOptions(partnershipId: string) {
  return queryOptions({
    queryKey: followUpKeys.actions(partnershipId),
    queryFn: ({ signal }) => getPartnershipActions(partnershipId, signal),
    select: (data) => data.items,
  });
}

export function usePartnershipActions(partnershipId: string) {
  return useQuery(partnershipActionsQueryOptions(partnershipId));
}
