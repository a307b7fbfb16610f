import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAssessment } from '@koers/shared/assessments';
import { apiSend } from '../../../lib/api-client.ts';
import { assessmentQueryOptions } from './get-assessment.ts';
import { assessmentKeys } from './query-keys.ts';

function startAssessment({ partnershipId, periodId }: { partnershipId: string; periodId: string }) {
  return apiSend<TAssessment>('POST', `/api/partnerships/${encodeURIComponent(partnershipId)}/assessments`, {
    body: { periodId },
  });
}

/** Starts the period's assessment, or finds the one that exists: pressing twice opens the same one. */
export function useStartAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startAssessment,
    onSuccess: async (assessment) => {
      queryClient.setQueryData(assessmentQueryOptions(assessment.id).queryKey, assessment);
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.partnership(assessment.partnershipId) });
    },
  });
}
