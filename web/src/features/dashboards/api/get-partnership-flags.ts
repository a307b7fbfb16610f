import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TFlag } from '@koers/shared/dashboards';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { dashboardKeys } from './query-keys.ts';

async function getPartnershipFlags(partnershipId: string, status: 'open' | 'all', signal: AbortSignal) {
  const { items } = await apiGet<TItemList<TFlag>>(`/api/partnerships/${encodeURIComponent(partnershipId)}/flags`, {
    query: { status },
    signal,
  });
  return items;
}

function partnershipFlagsQueryOptions(partnershipId: string, status: 'open' | 'all') {
  return queryOptions({
    queryKey: dashboardKeys.flags(partnershipId, status),
    queryFn: ({ signal }) => getPartnershipFlags(partnershipId, status, signal),
  });
}

/** Every flag, closed ones included: asked for only when someone wants the history. */
export function usePartnershipFlagHistory(partnershipId: string, enabled: boolean) {
  return useQuery({ ...partnershipFlagsQueryOptions(partnershipId, 'all'), enabled });
}
