import { useQuery } from '@tanstack/react-query';
import type { TOwnPortrait } from '@koers/shared/network';
import { apiGet } from '../../../lib/api-client.ts';
import { networkKeys } from './query-keys.ts';

export function useOwnPortrait(partnershipId: string) {
  return useQuery({
    queryKey: networkKeys.ownPortrait(partnershipId),
    queryFn: ({ signal }) =>
      apiGet<TOwnPortrait>(`/api/partnerships/${encodeURIComponent(partnershipId)}/portrait`, { signal }),
  });
}
