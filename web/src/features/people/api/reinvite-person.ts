import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TInvitationResult } from '@koers/shared/people';
import { apiSend } from '../../../lib/api-client.ts';
import { personChanged } from './person-changed.ts';

function reinvitePerson(personId: string) {
  return apiSend<TInvitationResult>('POST', `/api/people/${encodeURIComponent(personId)}/invitations`);
}

/** A new invitation link for someone who has not accepted yet; the old link stops working. */
export function useReinvitePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reinvitePerson,
    onSuccess: ({ person }) => personChanged(queryClient, person),
  });
}
