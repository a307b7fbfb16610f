import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAssessment } from '@koers/shared/assessments';
import { apiSend } from '../../../lib/api-client.ts';
import { assessmentQueryOptions } from './get-assessment.ts';

function reopenAssessment({ assessmentId, reason }: { assessmentId: string; reason: string }) {
  return apiSend<TAssessment>('POST', `/api/assessments/${encodeURIComponent(assessmentId)}/reopening`, {
    body: { reason },
  });
}

export function useReopenAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reopenAssessment,
    onSuccess: async (assessment) => {
      queryClient.setQueryData(assessmentQueryOptions(assessment.id).queryKey, assessment);
      await queryClient.invalidateQueries({ queryKey: ['assessments', 'partnership', assessment.partnershipId] });
    },
  });
}
