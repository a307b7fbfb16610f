import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZFlagThresholds } from '@koers/shared/flags';
import { apiGet } from '../../../lib/api-client.ts';

export function flagSettingsQueryOptions() {
  return queryOptions({
    queryKey: ['flag-settings'],
    queryFn: ({ signal }) => apiGet('/api/flag-settings', ZFlagThresholds, { signal }),
  });
}

export function useFlagSettings() {
  return useQuery(flagSettingsQueryOptions());
}
