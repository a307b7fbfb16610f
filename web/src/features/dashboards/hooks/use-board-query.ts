import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { BOARD_PAGE_SIZE, BOARD_SORTS, type TBoardOverviewQuery } from '@koers/shared/dashboards';
import { ZScenario, ZSector } from '@koers/shared/partnerships';

export type TBoardFilterName = 'quarter' | 'sector' | 'scenario' | 'region';
export type TBoardSort = (typeof BOARD_SORTS)[number];

/**
 * Everything that shapes the board overview lives in the URL: a view can be bookmarked, shared, and
 * left with Back. A value the API would refuse is ignored rather than shown as an error.
 */
export function useBoardQuery() {
  const [searchParams, setSearchParams] = useSearchParams();
  const region = searchParams.get('region')?.trim();

  const query: TBoardOverviewQuery = {
    periodId: z.uuid().safeParse(searchParams.get('quarter')).data,
    sector: ZSector.safeParse(searchParams.get('sector')).data,
    scenario: ZScenario.safeParse(searchParams.get('scenario')).data,
    region: region ? region.slice(0, 100) : undefined,
    sort: z.enum(BOARD_SORTS).safeParse(searchParams.get('sort')).data ?? 'name',
    order: searchParams.get('order') === 'desc' ? 'desc' : 'asc',
    page: z.coerce.number().int().min(1).max(100_000).safeParse(searchParams.get('page')).data ?? 1,
    pageSize: BOARD_PAGE_SIZE,
  };

  const update = (changes: Record<string, string | undefined>) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(name);
          else next.set(name, value);
        }
        return next;
      },
      { replace: true },
    );

  // A new filter or sort starts again on the first page: page 3 of the old view means nothing in the new one.
  const setFilter = (name: TBoardFilterName, value: string) => update({ [name]: value, page: undefined });

  const sortBy = (sort: TBoardSort) =>
    update({
      sort: sort === 'name' ? undefined : sort,
      order: query.sort === sort && query.order === 'asc' ? 'desc' : undefined,
      page: undefined,
    });

  const setPage = (page: number) => update({ page: page === 1 ? undefined : String(page) });

  const clearFilters = () => update({ sector: undefined, scenario: undefined, region: undefined, page: undefined });

  const isFiltered = query.sector !== undefined || query.scenario !== undefined || query.region !== undefined;

  return { query, setFilter, sortBy, setPage, clearFilters, isFiltered };
}
