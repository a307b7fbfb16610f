import type { TBoardOverviewView } from './board-overview.service.ts';
import type { TDashboardView } from './dashboards.service.ts';

// A cached answer is sent to everyone whose request has the same key: the key holds everything besides
// the data that the answer depends on.

export function dashboardKey({ partnershipId, periodId, narratives }: TDashboardView): string {
  const mayRead = (allowed: boolean) => (allowed ? 'n' : '-');
  return `dashboard:${partnershipId}:${periodId ?? 'latest'}:${mayRead(narratives.whenShared)}${mayRead(narratives.whenNotShared)}`;
}

export function boardOverviewKey({ scope, today, query }: TBoardOverviewView): string {
  // A board member's trend comes from the sums kept for that person, so their answer is theirs alone.
  const whose = scope.kind === 'all' ? 'all' : `${scope.boardMemberId}:${scope.ids.join(',')}`;
  return `board-overview:${today}:${whose}:${JSON.stringify(query)}`;
}
