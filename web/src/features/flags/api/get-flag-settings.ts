import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TFlagThresholds } from '@koers/shared/flags';
import { apiGet } from '../../../lib/api-client.ts';
import { flagSettingsKeys } from './query-keys.ts';

export function flagSettingsQueryOptions() {
  return queryOptions({
    queryKey: flagSettingsKeys.thresholds(),
    queryFn: ({ signal }) => apiGet<TFlagThresholds>('/api/flag-settings', { signal }),
  });
}

export function useFlagSettings() {
  return useQuery(flagSettingsQueryOptions());
}
