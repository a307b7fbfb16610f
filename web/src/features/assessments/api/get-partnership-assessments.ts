import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ZAssessmentSummary } from '@koers/shared/assessments';
import { apiGet } from '../../../lib/api-client.ts';

const ZAssessmentList = z.object({ items: z.array(ZAssessmentSummary) });

function getPartnershipAssessments(partnershipId: string, signal: AbortSignal) {
  return apiGet(`/api/partnerships/${encodeURIComponent(partnershipId)}/assessments`, ZAssessmentList, { signal });
}

export function partnershipAssessmentsQueryOptions(partnershipId: string) {
  return queryOptions({
    queryKey: ['assessments', 'partnership', partnershipId],
    queryFn: ({ signal }) => getPartnershipAssessments(partnershipId, signal),
    select: (data) => data.items,
  });
}

export function usePartnershipAssessments(partnershipId: string) {
  return useQuery(partnershipAssessmentsQueryOptions(partnershipId));
}
