import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZPartnership, type TPartnershipCreate } from '@koers/shared/partnerships';
import { apiSend } from '../../../lib/api-client.ts';

function createPartnership(body: TPartnershipCreate) {
  return apiSend('POST', '/api/partnerships', { body, schema: ZPartnership });
}

export function useCreatePartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPartnership,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partnerships'] }),
  });
}
