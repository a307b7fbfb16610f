import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TIntervisionGroupsUpdate, TIntervisionRoundDetail } from '@koers/shared/intervision';
import { apiSend } from '../../../lib/api-client.ts';
import { roundChanged } from './round-changed.ts';

function arrangeGroups({ roundId, groups }: { roundId: string; groups: TIntervisionGroupsUpdate }) {
  return apiSend<TIntervisionRoundDetail>('PUT', `/api/intervision/rounds/${encodeURIComponent(roundId)}/groups`, {
    body: groups,
  });
}

export function useArrangeGroups() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: arrangeGroups, onSuccess: (round) => roundChanged(queryClient, round) });
}
