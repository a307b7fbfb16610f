import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TIntervisionGroup, TIntervisionSessionCreate } from '@koers/shared/intervision';
import { apiSend } from '../../../lib/api-client.ts';
import { intervisionKeys } from './query-keys.ts';

function planSession({ groupId, session }: { groupId: string; session: TIntervisionSessionCreate }) {
  return apiSend<TIntervisionGroup>('POST', `/api/intervision/groups/${encodeURIComponent(groupId)}/sessions`, {
    body: session,
  });
}

export function usePlanSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: planSession,
    onSuccess: (group) => queryClient.invalidateQueries({ queryKey: intervisionKeys.round(group.roundId) }),
  });
}
