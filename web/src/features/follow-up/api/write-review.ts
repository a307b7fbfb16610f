import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TReview, TReviewWrite } from '@koers/shared/follow-up';
import { apiSend } from '../../../lib/api-client.ts';
import { scopes } from '../../../lib/query-scopes.ts';
import { followUpKeys } from './query-keys.ts';

type TWriteReview = { assessmentId: string; review: TReviewWrite };

function writeReview({ assessmentId, review }: TWriteReview) {
  return apiSend<TReview>('PUT', `/api/assessments/${encodeURIComponent(assessmentId)}/review`, { body: review });
}

export function useWriteReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: writeReview,
    // A review moves the queue's "new since the last review" marks too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: followUpKeys.all() }),
        queryClient.invalidateQueries({ queryKey: scopes.reviewQueue() }),
      ]),
  });
}
