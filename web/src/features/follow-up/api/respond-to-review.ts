import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TReview } from '@koers/shared/follow-up';
import { apiSend } from '../../../lib/api-client.ts';
import { followUpKeys } from './query-keys.ts';

type TRespondToReview = { assessmentId: string; text: string };

function respondToReview({ assessmentId, text }: TRespondToReview) {
  return apiSend<TReview>('POST', `/api/assessments/${encodeURIComponent(assessmentId)}/review/response`, {
    body: { text },
  });
}

export function useRespondToReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: respondToReview,
    onSuccess: (review) => queryClient.invalidateQueries({ queryKey: followUpKeys.review(review.assessmentId) }),
  });
}
