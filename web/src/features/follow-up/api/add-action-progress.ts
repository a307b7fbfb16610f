import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAction, TActionProgress } from '@koers/shared/follow-up';
import { apiSend } from '../../../lib/api-client.ts';
import { followUpChanged } from './follow-up-changed.ts';

type TAddActionProgress = { actionId: string; progress: TActionProgress };

function addActionProgress({ actionId, progress }: TAddActionProgress) {
  return apiSend<TAction>('POST', `/api/actions/${encodeURIComponent(actionId)}/progress`, { body: progress });
}

export function useAddActionProgress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addActionProgress,
    onSuccess: (action) => followUpChanged(queryClient, action.partnershipId),
  });
}
