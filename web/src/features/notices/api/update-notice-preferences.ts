import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TNoticePreferences } from '@koers/shared/follow-up';
import { apiSend } from '../../../lib/api-client.ts';
import { noticePreferencesQueryOptions } from './get-notice-preferences.ts';

function updateNoticePreferences(preferences: TNoticePreferences) {
  return apiSend<TNoticePreferences>('PUT', '/api/account/notice-preferences', { body: preferences });
}

export function useUpdateNoticePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNoticePreferences,
    onSuccess: (preferences) => queryClient.setQueryData(noticePreferencesQueryOptions().queryKey, preferences),
  });
}
