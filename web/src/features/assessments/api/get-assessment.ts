import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TAssessment } from '@koers/shared/assessments';
import { apiGet } from '../../../lib/api-client.ts';
import { assessmentKeys } from './query-keys.ts';

export function getAssessment(assessmentId: string, signal?: AbortSignal) {
  return apiGet<TAssessment>(`/api/assessments/${encodeURIComponent(assessmentId)}`, { signal });
}

export function assessmentQueryOptions(assessmentId: string) {
  return queryOptions({
    queryKey: assessmentKeys.detail(assessmentId),
    queryFn: ({ signal }) => getAssessment(assessmentId, signal),
    // Other respondents keep saving: results and the response list should be fresh on return.
    staleTime: 0,
  });
}

export function useAssessment(assessmentId: string) {
  return useQuery(assessmentQueryOptions(assessmentId));
}
