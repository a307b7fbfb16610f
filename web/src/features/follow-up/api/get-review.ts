import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ZReview } from '@koers/shared/follow-up';
import { apiGet } from '../../../lib/api-client.ts';

const ZReviewAnswer = z.object({ review: ZReview.nullable() });

function getReview(assessmentId: string, signal: AbortSignal) {
  return apiGet(`/api/assessments/${encodeURIComponent(assessmentId)}/review`, ZReviewAnswer, { signal });
}

export function reviewQueryOptions(assessmentId: string) {
  return queryOptions({
    queryKey: ['follow-up', 'review', assessmentId],
    queryFn: ({ signal }) => getReview(assessmentId, signal),
    select: (data) => data.review,
  });
}

export function useReview(assessmentId: string, enabled = true) {
  return useQuery({ ...reviewQueryOptions(assessmentId), enabled });
}
