import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { TSecondFactorStatus } from '@koers/shared/second-factor';
import { apiGet } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

function secondFactorQueryOptions() {
  return queryOptions({
    queryKey: authKeys.secondFactor(),
    queryFn: ({ signal }) => apiGet<TSecondFactorStatus>('/api/account/second-factor', { signal }),
  });
}

export function useSecondFactor() {
  return useQuery(secondFactorQueryOptions());
}

/**
 * A change to the second factor changes what the session may do too (an admin's rights wait for one):
 * both are fetched again.
 */
export function refreshSecondFactor(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: authKeys.secondFactor() }),
    queryClient.invalidateQueries({ queryKey: authKeys.session() }),
  ]);
}
