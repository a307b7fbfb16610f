import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZFlagThresholds, type TFlagThresholds } from '@koers/shared/flags';
import { apiSend } from '../../../lib/api-client.ts';
import { flagSettingsQueryOptions } from './get-flag-settings.ts';

function updateFlagSettings(thresholds: TFlagThresholds) {
  return apiSend('PUT', '/api/flag-settings', { body: thresholds, schema: ZFlagThresholds });
}

export function useUpdateFlagSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateFlagSettings,
    onSuccess: (saved) => queryClient.setQueryData(flagSettingsQueryOptions().queryKey, saved),
  });
}
