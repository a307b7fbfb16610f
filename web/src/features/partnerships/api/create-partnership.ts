import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPartnership, TPartnershipCreate } from '@koers/shared/partnerships';
import { apiSend } from '../../../lib/api-client.ts';
import { scopes } from '../../../lib/query-scopes.ts';
import { partnershipKeys } from './query-keys.ts';

function createPartnership(body: TPartnershipCreate) {
  return apiSend<TPartnership>('POST', '/api/partnerships', { body });
}

export function useCreatePartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPartnership,
    // A new partnership joins the lists and the board's comparison.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: partnershipKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: scopes.boardOverview() }),
      ]),
  });
}
