import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAction } from '@koers/shared/follow-up';
import type { TIntervisionTakeAway } from '@koers/shared/intervision';
import { apiSend } from '../../../lib/api-client.ts';
import { scopes } from '../../../lib/query-scopes.ts';

function createTakeAway({ groupId, takeAway }: { groupId: string; takeAway: TIntervisionTakeAway }) {
  return apiSend<TAction>('POST', `/api/intervision/groups/${encodeURIComponent(groupId)}/take-aways`, {
    body: takeAway,
  });
}

/** The action lands in the participant's own partnership's plan, which is read again. */
export function useCreateTakeAway() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTakeAway,
    onSuccess: (action) => queryClient.invalidateQueries({ queryKey: scopes.partnership(action.partnershipId) }),
  });
}
