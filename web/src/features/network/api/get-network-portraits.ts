import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TNetworkPortrait, TNetworkQuery } from '@koers/shared/network';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { networkKeys } from './query-keys.ts';

function getNetworkPortraits(query: TNetworkQuery, signal: AbortSignal) {
  const { theme, ...rest } = query;
  return apiGet<TItemList<TNetworkPortrait>>('/api/network/portraits', {
    query: { ...rest, theme: theme === undefined ? undefined : String(theme) },
    signal,
  });
}

export function useNetworkPortraits(query: TNetworkQuery) {
  return useQuery(
    queryOptions({
      queryKey: networkKeys.portraits(query),
      queryFn: ({ signal }) => getNetworkPortraits(query, signal),
      select: (list) => list.items,
    }),
  );
}
