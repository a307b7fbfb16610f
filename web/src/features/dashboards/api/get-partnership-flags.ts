import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZFlag } from '@koers/shared/dashboards';
import { z } from 'zod';
import { apiGet } from '../../../lib/api-client.ts';

const ZFlagList = z.object({ items: z.array(ZFlag) });

async function getPartnershipFlags(partnershipId: string, status: 'open' | 'all', signal: AbortSignal) {
  const { items } = await apiGet(`/api/partnerships/${encodeURIComponent(partnershipId)}/flags`, ZFlagList, {
    query: { status },
    signal,
  });
  return items;
}

export function partnershipFlagsQueryOptions(partnershipId: string, status: 'open' | 'all') {
  return queryOptions({
    queryKey: ['partnerships', 'flags', partnershipId, status],
    queryFn: ({ signal }) => getPartnershipFlags(partnershipId, status, signal),
  });
}

/** Every flag, closed ones included: asked for only when someone wants the history. */
export function usePartnershipFlagHistory(partnershipId: string, enabled: boolean) {
  return useQuery({ ...partnershipFlagsQueryOptions(partnershipId, 'all'), enabled });
}
