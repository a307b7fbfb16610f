import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client.ts';
import { noticeKeys } from './query-keys.ts';

/** One notice by id, or every notice at once. */
function markNoticeRead(noticeId: string | 'all') {
  return noticeId === 'all'
    ? apiSend('POST', '/api/inbox/read-all')
    : apiSend('POST', `/api/inbox/${encodeURIComponent(noticeId)}/read`);
}

export function useMarkNoticeRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNoticeRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: noticeKeys.inbox() }),
  });
}
