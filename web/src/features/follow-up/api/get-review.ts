import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TReview } from '@koers/shared/follow-up';
import { apiGet } from '../../../lib/api-client.ts';
import { followUpKeys } from './query-keys.ts';

type TReviewAnswer = { review: TReview | null };

function getReview(assessmentId: string, signal: AbortSignal) {
  return apiGet<TReviewAnswer>(`/api/assessments/${encodeURIComponent(assessmentId)}/review`, { signal });
}

function reviewQueryOptions(assessmentId: string) {
  return queryOptions({
    queryKey: followUpKeys.review(assessmentId),
    queryFn: ({ signal }) => getReview(assessmentId, signal),
    select: (data) => data.review,
  });
}

export function useReview(assessmentId: string, enabled = true) {
  return useQuery({ ...reviewQueryOptions(assessmentId), enabled });
}
