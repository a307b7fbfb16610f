import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ZAction } from '@koers/shared/follow-up';
import { apiGet } from '../../../lib/api-client.ts';

const ZActionList = z.object({ items: z.array(ZAction) });

function getPartnershipActions(partnershipId: string, signal: AbortSignal) {
  return apiGet(`/api/partnerships/${encodeURIComponent(partnershipId)}/actions`, ZActionList, { signal });
}

export function partnershipActionsQueryOptions(partnershipId: string) {
  return queryOptions({
    queryKey: ['follow-up', 'actions', partnershipId],
    queryFn: ({ signal }) => getPartnershipActions(partnershipId, signal),
    select: (data) => data.items,
  });
}

export function usePartnershipActions(partnershipId: string) {
  return useQuery(partnershipActionsQueryOptions(partnershipId));
}
