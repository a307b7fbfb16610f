import { useQuery } from '@tanstack/react-query';
import type { TNetworkPortrait } from '@koers/shared/network';
import { apiGet } from '../../../lib/api-client.ts';
import { networkKeys } from './query-keys.ts';

export function useNetworkPortrait(partnershipId: string) {
  return useQuery({
    queryKey: networkKeys.portrait(partnershipId),
    queryFn: ({ signal }) =>
      apiGet<TNetworkPortrait>(`/api/network/portraits/${encodeURIComponent(partnershipId)}`, { signal }),
  });
}
