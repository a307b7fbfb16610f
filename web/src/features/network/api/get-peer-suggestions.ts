import { useQuery } from '@tanstack/react-query';
import type { TPeerSuggestion } from '@koers/shared/network';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { networkKeys } from './query-keys.ts';

export function usePeerSuggestions(flagId: string) {
  return useQuery({
    queryKey: networkKeys.suggestions(flagId),
    queryFn: ({ signal }) =>
      apiGet<TItemList<TPeerSuggestion>>(`/api/flags/${encodeURIComponent(flagId)}/peer-suggestions`, { signal }),
    select: (list) => list.items,
  });
}
