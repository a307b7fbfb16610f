import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TIntervisionRoundDetail, TIntervisionSignUpInput } from '@koers/shared/intervision';
import { apiSend } from '../../../lib/api-client.ts';
import { roundChanged } from './round-changed.ts';

function saveSignUp({ roundId, signUp }: { roundId: string; signUp: TIntervisionSignUpInput }) {
  return apiSend<TIntervisionRoundDetail>('PUT', `/api/intervision/rounds/${encodeURIComponent(roundId)}/sign-up`, {
    body: signUp,
  });
}

export function useSaveSignUp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveSignUp, onSuccess: (round) => roundChanged(queryClient, round) });
}
