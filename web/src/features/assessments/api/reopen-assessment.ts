import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAssessment } from '@koers/shared/assessments';
import { apiSend } from '../../../lib/api-client.ts';
import { scoresChanged } from './scores-changed.ts';

function reopenAssessment({ assessmentId, reason }: { assessmentId: string; reason: string }) {
  return apiSend<TAssessment>('POST', `/api/assessments/${encodeURIComponent(assessmentId)}/reopening`, {
    body: { reason },
  });
}

export function useReopenAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reopenAssessment,
    onSuccess: (assessment) => scoresChanged(queryClient, assessment),
  });
}
