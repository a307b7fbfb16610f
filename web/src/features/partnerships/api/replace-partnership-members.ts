import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPartnership } from '@koers/shared/partnerships';
import { apiSend } from '../../../lib/api-client.ts';
import { partnershipQueryOptions } from './get-partnership.ts';

function replacePartnershipMembers({
  partnershipId,
  organisationIds,
}: {
  partnershipId: string;
  organisationIds: string[];
}) {
  return apiSend<TPartnership>('PUT', `/api/partnerships/${encodeURIComponent(partnershipId)}/members`, {
    body: { organisationIds },
  });
}

export function useReplacePartnershipMembers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replacePartnershipMembers,
    onSuccess: async (partnership) => {
      queryClient.setQueryData(partnershipQueryOptions(partnership.id).queryKey, partnership);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['partnerships', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['organisations'] }),
      ]);
    },
  });
}
