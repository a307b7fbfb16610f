import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPeriod, TPeriodCreate } from '@koers/shared/periods';
import { apiSend } from '../../../lib/api-client.ts';
import { periodKeys } from './query-keys.ts';

function createPeriod(body: TPeriodCreate) {
  return apiSend<TPeriod>('POST', '/api/periods', { body });
}

export function useCreatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPeriod,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodKeys.all() }),
  });
}
