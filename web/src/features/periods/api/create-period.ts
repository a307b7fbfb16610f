import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZPeriod, type TPeriodCreate } from '@koers/shared/periods';
import { apiSend } from '../../../lib/api-client.ts';

function createPeriod(body: TPeriodCreate) {
  return apiSend('POST', '/api/periods', { body, schema: ZPeriod });
}

export function useCreatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPeriod,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['periods'] }),
  });
}
