import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAction, TActionCreate } from '@koers/shared/follow-up';
import { apiSend } from '../../../lib/api-client.ts';
import { followUpChanged } from './follow-up-changed.ts';

type TCreateAction = { partnershipId: string; action: TActionCreate };

function createAction({ partnershipId, action }: TCreateAction) {
  return apiSend<TAction>('POST', `/api/partnerships/${encodeURIComponent(partnershipId)}/actions`, { body: action });
}

export function useCreateAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAction,
    onSuccess: (_action, { partnershipId }) => followUpChanged(queryClient, partnershipId),
  });
}
