import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client.ts';
import { intervisionKeys } from './query-keys.ts';

function withdrawSignUp(roundId: string) {
  return apiSend('DELETE', `/api/intervision/rounds/${encodeURIComponent(roundId)}/sign-up`);
}

export function useWithdrawSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawSignUp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: intervisionKeys.all() }),
  });
}
