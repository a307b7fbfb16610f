import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPeriod, TPeriodUpdate } from '@koers/shared/periods';
import { apiSend } from '../../../lib/api-client.ts';
import { periodKeys } from './query-keys.ts';

function updatePeriod({ periodId, changes }: { periodId: string; changes: TPeriodUpdate }) {
  return apiSend<TPeriod>('PATCH', `/api/periods/${encodeURIComponent(periodId)}`, { body: changes });
}

export function useUpdatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePeriod,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodKeys.all() }),
  });
}
