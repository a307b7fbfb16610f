import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPartnership, TPartnershipCreate } from '@koers/shared/partnerships';
import { apiSend } from '../../../lib/api-client.ts';

function createPartnership(body: TPartnershipCreate) {
  return apiSend<TPartnership>('POST', '/api/partnerships', { body });
}

export function useCreatePartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPartnership,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partnerships'] }),
  });
}
