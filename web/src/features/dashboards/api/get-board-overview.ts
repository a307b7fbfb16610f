import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TBoardOverview, TBoardOverviewQuery } from '@koers/shared/dashboards';
import { apiGet } from '../../../lib/api-client.ts';
import { dashboardKeys } from './query-keys.ts';

function getBoardOverview(query: TBoardOverviewQuery, signal: AbortSignal) {
  return apiGet<TBoardOverview>('/api/board-overview', {
    query: {
      periodId: query.periodId,
      sector: query.sector,
      scenario: query.scenario,
      region: query.region,
      sort: query.sort,
      order: query.order,
      page: String(query.page),
      pageSize: String(query.pageSize),
    },
    signal,
  });
}

function boardOverviewQueryOptions(query: TBoardOverviewQuery) {
  return queryOptions({
    queryKey: dashboardKeys.boardOverview(query),
    queryFn: ({ signal }) => getBoardOverview(query, signal),
  });
}

export function useBoardOverview(query: TBoardOverviewQuery) {
  // Sorting, filtering and paging keep the current table on screen until the new one arrives.
  return useQuery({ ...boardOverviewQueryOptions(query), placeholderData: keepPreviousData });
}
