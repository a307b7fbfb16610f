import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TFlagDetail } from '@koers/shared/follow-up';
import { apiGet } from '../../../lib/api-client.ts';
import { followUpKeys } from './query-keys.ts';

function getFlag(flagId: string, signal: AbortSignal) {
  return apiGet<TFlagDetail>(`/api/flags/${encodeURIComponent(flagId)}`, { signal });
}

export function flagQueryOptions(flagId: string) {
  return queryOptions({ queryKey: followUpKeys.flag(flagId), queryFn: ({ signal }) => getFlag(flagId, signal) });
}

export function useFlag(flagId: string) {
  return useQuery(flagQueryOptions(flagId));
}
