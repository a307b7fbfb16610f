import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZAssessment } from '@koers/shared/assessments';
import { apiGet } from '../../../lib/api-client.ts';

export function getAssessment(assessmentId: string, signal?: AbortSignal) {
  return apiGet(`/api/assessments/${encodeURIComponent(assessmentId)}`, ZAssessment, { signal });
}

export function assessmentQueryOptions(assessmentId: string) {
  return queryOptions({
    queryKey: ['assessments', 'detail', assessmentId],
    queryFn: ({ signal }) => getAssessment(assessmentId, signal),
    // Other respondents keep saving: results and the response list should be fresh on return.
    staleTime: 0,
  });
}

export function useAssessment(assessmentId: string) {
  return useQuery(assessmentQueryOptions(assessmentId));
}
