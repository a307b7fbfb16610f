import { useQuery } from '@tanstack/react-query';
import type { TFlagGoodApproaches } from '@koers/shared/good-approaches';
import { apiGet } from '../../../lib/api-client.ts';
import { goodApproachKeys } from './query-keys.ts';

export function useFlagGoodApproaches(flagId: string) {
  return useQuery({
    queryKey: goodApproachKeys.forFlag(flagId),
    queryFn: ({ signal }) =>
      apiGet<TFlagGoodApproaches>(`/api/flags/${encodeURIComponent(flagId)}/good-approaches`, { signal }),
  });
}
