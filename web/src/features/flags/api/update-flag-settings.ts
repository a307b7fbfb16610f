import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFlagThresholds } from '@koers/shared/flags';
import { apiSend } from '../../../lib/api-client.ts';
import { flagSettingsQueryOptions } from './get-flag-settings.ts';

function updateFlagSettings(thresholds: TFlagThresholds) {
  return apiSend<TFlagThresholds>('PUT', '/api/flag-settings', { body: thresholds });
}

export function useUpdateFlagSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateFlagSettings,
    onSuccess: (saved) => queryClient.setQueryData(flagSettingsQueryOptions().queryKey, saved),
  });
}
