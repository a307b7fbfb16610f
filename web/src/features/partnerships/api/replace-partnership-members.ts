import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPartnership } from '@koers/shared/partnerships';
import { apiSend } from '../../../lib/api-client.ts';
import { scopes } from '../../../lib/query-scopes.ts';
import { partnershipQueryOptions } from './get-partnership.ts';
import { partnershipKeys } from './query-keys.ts';

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
        queryClient.invalidateQueries({ queryKey: partnershipKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: scopes.organisations() }),
      ]);
    },
  });
}
