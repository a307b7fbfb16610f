import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TAssessmentSummary } from '@koers/shared/assessments';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { assessmentKeys } from './query-keys.ts';

function getPartnershipAssessments(partnershipId: string, signal: AbortSignal) {
  return apiGet<TItemList<TAssessmentSummary>>(`/api/partnerships/${encodeURIComponent(partnershipId)}/assessments`, {
    signal,
  });
}

export function partnershipAssessmentsQueryOptions(partnershipId: string) {
  return queryOptions({
    queryKey: assessmentKeys.partnership(partnershipId),
    queryFn: ({ signal }) => getPartnershipAssessments(partnershipId, signal),
    select: (data) => data.items,
  });
}

export function usePartnershipAssessments(partnershipId: string, enabled = true) {
  return useQuery({ ...partnershipAssessmentsQueryOptions(partnershipId), enabled });
}
