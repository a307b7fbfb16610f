import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TIntervisionRoundCreate, TIntervisionRoundDetail } from '@koers/shared/intervision';
import { apiSend } from '../../../lib/api-client.ts';
import { roundChanged } from './round-changed.ts';

function openRound(round: TIntervisionRoundCreate) {
  return apiSend<TIntervisionRoundDetail>('POST', '/api/intervision/rounds', { body: round });
}

export function useOpenRound() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: openRound, onSuccess: (round) => roundChanged(queryClient, round) });
}
