import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TNoticeEmailRhythm } from '@koers/shared/follow-up';
import { apiSend } from '../../../lib/api-client.ts';
import { noticeEmailRhythmQueryOptions } from './get-notice-email-rhythm.ts';

function updateNoticeEmailRhythm(choice: TNoticeEmailRhythm) {
  return apiSend<TNoticeEmailRhythm>('PUT', '/api/account/notice-email-rhythm', { body: choice });
}

export function useUpdateNoticeEmailRhythm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNoticeEmailRhythm,
    onSuccess: (choice) => queryClient.setQueryData(noticeEmailRhythmQueryOptions().queryKey, choice),
  });
}
