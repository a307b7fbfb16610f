import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TIntervisionRoundDetail } from '@koers/shared/intervision';
import { apiSend } from '../../../lib/api-client.ts';
import { roundChanged } from './round-changed.ts';

function confirmGroups(roundId: string) {
  return apiSend<TIntervisionRoundDetail>(
    'POST',
    `/api/intervision/rounds/${encodeURIComponent(roundId)}/confirmation`,
  );
}

export function useConfirmGroups() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: confirmGroups, onSuccess: (round) => roundChanged(queryClient, round) });
}
