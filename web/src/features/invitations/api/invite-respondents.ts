import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TInvitationBatch, TInvitationOverview } from '@koers/shared/invitations';
import { apiSend } from '../../../lib/api-client.ts';
import { invitationKeys } from './query-keys.ts';

export function useInviteRespondents(assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (batch: TInvitationBatch) =>
      apiSend<TInvitationOverview>('POST', `/api/assessments/${encodeURIComponent(assessmentId)}/invitations`, {
        body: batch,
      }),
    onSuccess: (overview) => queryClient.setQueryData(invitationKeys.ofAssessment(assessmentId), overview),
  });
}
