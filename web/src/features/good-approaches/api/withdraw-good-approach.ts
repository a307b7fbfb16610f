import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TGoodApproach } from '@koers/shared/good-approaches';
import { apiSend } from '../../../lib/api-client.ts';
import { goodApproachKeys } from './query-keys.ts';

function withdrawGoodApproach(id: string) {
  return apiSend<TGoodApproach>('POST', `/api/good-approaches/${encodeURIComponent(id)}/withdrawal`);
}

export function useWithdrawGoodApproach() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawGoodApproach,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: goodApproachKeys.all() }),
  });
}
