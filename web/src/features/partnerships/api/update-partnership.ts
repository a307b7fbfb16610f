import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPartnership, TPartnershipUpdate } from '@koers/shared/partnerships';
import { apiSend } from '../../../lib/api-client.ts';
import { partnershipQueryOptions } from './get-partnership.ts';

function updatePartnership({ partnershipId, changes }: { partnershipId: string; changes: TPartnershipUpdate }) {
  return apiSend<TPartnership>('PATCH', `/api/partnerships/${encodeURIComponent(partnershipId)}`, { body: changes });
}

export function useUpdatePartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePartnership,
    onSuccess: async (partnership) => {
      queryClient.setQueryData(partnershipQueryOptions(partnership.id).queryKey, partnership);
      // Lists, people's roles (named after partnerships) and member counts elsewhere.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['partnerships', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['people'] }),
      ]);
    },
  });
}
