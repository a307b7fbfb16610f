import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZInvitationResult, type TInvitationCreate } from '@koers/shared/people';
import { apiSend } from '../../../lib/api-client.ts';
import { personChanged } from './person-changed.ts';

function invitePerson(body: TInvitationCreate) {
  return apiSend('POST', '/api/people/invitations', { body, schema: ZInvitationResult });
}

export function useInvitePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: invitePerson,
    onSuccess: ({ person }) => personChanged(queryClient, person),
  });
}
