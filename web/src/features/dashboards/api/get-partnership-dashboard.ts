import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TPartnershipDashboard } from '@koers/shared/dashboards';
import { apiGet } from '../../../lib/api-client.ts';
import { dashboardKeys } from './query-keys.ts';

function getPartnershipDashboard(partnershipId: string, periodId: string | undefined, signal: AbortSignal) {
  return apiGet<TPartnershipDashboard>(`/api/partnerships/${encodeURIComponent(partnershipId)}/dashboard`, {
    query: { periodId },
    signal,
  });
}

/** Keyed under the partnership, so a change to it (a note, a submission) can refresh every quarter at once. */
export function partnershipDashboardQueryOptions(partnershipId: string, periodId: string | undefined) {
  return queryOptions({
    queryKey: dashboardKeys.partnership(partnershipId, periodId),
    queryFn: ({ signal }) => getPartnershipDashboard(partnershipId, periodId, signal),
  });
}

export function usePartnershipDashboard(partnershipId: string, periodId: string | undefined) {
  // Switching quarters keeps the previous quarter on screen until the next one arrives.
  return useQuery({ ...partnershipDashboardQueryOptions(partnershipId, periodId), placeholderData: keepPreviousData });
}
