import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAssessment } from '@koers/shared/assessments';
import { apiSend } from '../../../lib/api-client.ts';
import { assessmentKeys } from './query-keys.ts';
import { scoresChanged } from './scores-changed.ts';

const keyName = (assessmentId: string) => `koers.submit-key.${assessmentId}`;

/**
 * One key per intent to submit, kept across retries and reloads of this tab: a double click or a retry
 * after a lost answer finds the submission the first attempt made instead of creating a second one.
 */
function submissionKey(assessmentId: string): string {
  const existing = sessionStorage.getItem(keyName(assessmentId));
  if (existing) return existing;
  const key = crypto.randomUUID();
  sessionStorage.setItem(keyName(assessmentId), key);
  return key;
}

function submitAssessment(assessmentId: string) {
  return apiSend<TAssessment>('POST', `/api/assessments/${encodeURIComponent(assessmentId)}/submission`, {
    headers: { 'idempotency-key': submissionKey(assessmentId) },
  });
}

export function useSubmitAssessment(assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: assessmentKeys.submission(assessmentId),
    mutationFn: () => submitAssessment(assessmentId),
    onSuccess: async (assessment) => {
      // Done: a submission after a later reopening is a new intent with a new key.
      sessionStorage.removeItem(keyName(assessmentId));
      await scoresChanged(queryClient, assessment);
    },
  });
}
