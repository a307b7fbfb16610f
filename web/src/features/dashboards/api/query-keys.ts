import type { TBoardOverviewQuery } from '@koers/shared/dashboards';
import { scopes } from '../../../lib/query-scopes.ts';

export const dashboardKeys = {
  /** Every quarter of the partnership's dashboard: a note or a submission changes them all. */
  partnershipAll: (partnershipId: string) => [...scopes.partnership(partnershipId), 'dashboard'] as const,
  partnership: (partnershipId: string, periodId: string | undefined) =>
    [...dashboardKeys.partnershipAll(partnershipId), periodId ?? 'latest'] as const,
  flags: (partnershipId: string, status: 'open' | 'all') =>
    [...scopes.partnership(partnershipId), 'flags', status] as const,
  boardOverview: (query: TBoardOverviewQuery) => [...scopes.boardOverview(), query] as const,
};
