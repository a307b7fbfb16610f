import type { TBoardOverviewView } from './board-overview.service.ts';
import type { TDashboardView } from './dashboards.service.ts';

// A cached answer is sent to everyone whose request has the same key: the key holds everything besides
// the data that the answer depends on.

export function dashboardKey({ partnershipId, periodId, narratives }: TDashboardView): string {
  const mayRead = (allowed: boolean) => (allowed ? 'n' : '-');
  return `dashboard:${partnershipId}:${periodId ?? 'latest'}:${mayRead(narratives.whenShared)}${mayRead(narratives.whenNotShared)}`;
}

/** Whose board overview: a board member's trend comes from the sums kept for that person, so theirs alone. */
export function boardViewerKey(scope: TBoardOverviewView['scope']): string {
  return scope.kind === 'all' ? 'all' : `${scope.boardMemberId}:${scope.ids.join(',')}`;
}

export function boardOverviewKey({ scope, today, query }: TBoardOverviewView): string {
  return `board-overview:${today}:${boardViewerKey(scope)}:${JSON.stringify(query)}`;
}
