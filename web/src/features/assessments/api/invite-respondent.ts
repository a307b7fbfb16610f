import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZRespondentInviteResult, TRespondentInvite } from '@koers/shared/assessments';
import { apiSend } from '../../../lib/api-client.ts';
import { assessmentQueryOptions } from './get-assessment.ts';

function inviteRespondent({ assessmentId, invite }: { assessmentId: string; invite: TRespondentInvite }) {
  return apiSend<z.infer<typeof ZRespondentInviteResult>>(
    'POST',
    `/api/assessments/${encodeURIComponent(assessmentId)}/respondents`,
    { body: invite },
  );
}

export function useInviteRespondent(assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invite: TRespondentInvite) => inviteRespondent({ assessmentId, invite }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentQueryOptions(assessmentId).queryKey }),
  });
}
