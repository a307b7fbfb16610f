import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TInvitationOverview } from '@koers/shared/invitations';
import { apiGet } from '../../../lib/api-client.ts';
import { invitationKeys } from './query-keys.ts';

/** While the page is open, respondents open links and finish: their state is read again this often. */
const FOLLOW_MS = 10_000;

function invitationsQueryOptions(assessmentId: string) {
  return queryOptions({
    queryKey: invitationKeys.ofAssessment(assessmentId),
    queryFn: ({ signal }) =>
      apiGet<TInvitationOverview>(`/api/assessments/${encodeURIComponent(assessmentId)}/invitations`, { signal }),
    refetchInterval: FOLLOW_MS,
  });
}

export function useInvitations(assessmentId: string) {
  return useQuery(invitationsQueryOptions(assessmentId));
}
