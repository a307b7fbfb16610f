import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TGoodApproachPage } from '@koers/shared/good-approaches';
import { apiGet } from '../../../lib/api-client.ts';
import { goodApproachKeys, type TApproachListQuery } from './query-keys.ts';

/** Approaches per page of the list. */
export const APPROACH_PAGE_SIZE = 20;

function listGoodApproaches(query: TApproachListQuery, signal: AbortSignal) {
  const params: Record<string, string> = { page: String(query.page), pageSize: String(APPROACH_PAGE_SIZE) };
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params[key] = String(value);
  return apiGet<TGoodApproachPage>('/api/good-approaches', { query: params, signal });
}

export function useGoodApproaches(query: TApproachListQuery, enabled = true) {
  return useQuery({
    queryKey: goodApproachKeys.list(query),
    queryFn: ({ signal }) => listGoodApproaches(query, signal),
    // Typing in the search box keeps the last answer on screen until the next one arrives.
    placeholderData: keepPreviousData,
    enabled,
  });
}
