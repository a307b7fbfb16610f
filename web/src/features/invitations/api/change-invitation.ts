import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TInvitationOverview } from '@koers/shared/invitations';
import { apiSend } from '../../../lib/api-client.ts';
import { invitationKeys } from './query-keys.ts';

/** `resending`: a fresh link by email (the old one stops working); `withdrawal`: the link stops working. */
export function useChangeInvitation(assessmentId: string, change: 'resending' | 'withdrawal') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (responseId: string) =>
      apiSend<TInvitationOverview>(
        'POST',
        `/api/assessments/${encodeURIComponent(assessmentId)}/invitations/${encodeURIComponent(responseId)}/${change}`,
      ),
    onSuccess: (overview) => queryClient.setQueryData(invitationKeys.ofAssessment(assessmentId), overview),
  });
}
