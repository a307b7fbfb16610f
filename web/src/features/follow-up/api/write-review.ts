import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TReview, TReviewWrite } from '@koers/shared/follow-up';
import { apiSend } from '../../../lib/api-client.ts';

type TWriteReview = { assessmentId: string; review: TReviewWrite };

function writeReview({ assessmentId, review }: TWriteReview) {
  return apiSend<TReview>('PUT', `/api/assessments/${encodeURIComponent(assessmentId)}/review`, { body: review });
}

export function useWriteReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: writeReview,
    // A review moves the queue's "new since the last review" marks too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['follow-up'] }),
  });
}
