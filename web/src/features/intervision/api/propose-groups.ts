import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TIntervisionRoundDetail } from '@koers/shared/intervision';
import { apiSend } from '../../../lib/api-client.ts';
import { roundChanged } from './round-changed.ts';

function proposeGroups(roundId: string) {
  return apiSend<TIntervisionRoundDetail>('POST', `/api/intervision/rounds/${encodeURIComponent(roundId)}/proposal`);
}

export function useProposeGroups() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: proposeGroups, onSuccess: (round) => roundChanged(queryClient, round) });
}
