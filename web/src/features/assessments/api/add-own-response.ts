import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAssessment } from '@koers/shared/assessments';
import { apiSend } from '../../../lib/api-client.ts';
import { assessmentQueryOptions } from './get-assessment.ts';

function addOwnResponse(assessmentId: string) {
  return apiSend<TAssessment>('POST', `/api/assessments/${encodeURIComponent(assessmentId)}/responses`, {
    body: { perspective: 'coordination', organisationId: null },
  });
}

/** A second programme manager of the partnership joins the assessment with their own response. */
export function useAddOwnResponse(assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => addOwnResponse(assessmentId),
    onSuccess: (assessment) => queryClient.setQueryData(assessmentQueryOptions(assessmentId).queryKey, assessment),
  });
}
