import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZPeriod, type TPeriodUpdate } from '@koers/shared/periods';
import { apiSend } from '../../../lib/api-client.ts';

function updatePeriod({ periodId, changes }: { periodId: string; changes: TPeriodUpdate }) {
  return apiSend('PATCH', `/api/periods/${encodeURIComponent(periodId)}`, { body: changes, schema: ZPeriod });
}

export function useUpdatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePeriod,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['periods'] }),
  });
}
