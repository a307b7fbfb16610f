import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TInvitationResult, TInvitationCreate } from '@koers/shared/people';
import { apiSend } from '../../../lib/api-client.ts';
import { personChanged } from './person-changed.ts';

function invitePerson(body: TInvitationCreate) {
  return apiSend<TInvitationResult>('POST', '/api/people/invitations', { body });
}

export function useInvitePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: invitePerson,
    onSuccess: ({ person }) => personChanged(queryClient, person),
  });
}
