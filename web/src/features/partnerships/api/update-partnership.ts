import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPartnership, TPartnershipUpdate } from '@koers/shared/partnerships';
import { apiSend } from '../../../lib/api-client.ts';
import { scopes } from '../../../lib/query-scopes.ts';
import { partnershipQueryOptions } from './get-partnership.ts';
import { partnershipKeys } from './query-keys.ts';

function updatePartnership({ partnershipId, changes }: { partnershipId: string; changes: TPartnershipUpdate }) {
  return apiSend<TPartnership>('PATCH', `/api/partnerships/${encodeURIComponent(partnershipId)}`, { body: changes });
}

export function useUpdatePartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePartnership,
    onSuccess: async (partnership) => {
      queryClient.setQueryData(partnershipQueryOptions(partnership.id).queryKey, partnership);
      // Lists, people's roles (named after partnerships), member counts elsewhere, and the board's
      // comparison, which names, groups and filters partnerships by these details.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: partnershipKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: scopes.people() }),
        queryClient.invalidateQueries({ queryKey: scopes.boardOverview() }),
      ]);
    },
  });
}
