import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TApiTokenList } from '@koers/shared/api-tokens';
import { apiGet } from '../../../lib/api-client.ts';
import { apiTokenKeys } from './query-keys.ts';

function getApiTokens(signal: AbortSignal) {
  return apiGet<TApiTokenList>('/api/account/api-tokens', { signal });
}

function apiTokensQueryOptions() {
  return queryOptions({ queryKey: apiTokenKeys.list(), queryFn: ({ signal }) => getApiTokens(signal) });
}

export function useApiTokens() {
  return useQuery(apiTokensQueryOptions());
}
