import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TNoticeEmailRhythm } from '@koers/shared/follow-up';
import { apiGet } from '../../../lib/api-client.ts';
import { noticeKeys } from './query-keys.ts';

function getNoticeEmailRhythm(signal: AbortSignal) {
  return apiGet<TNoticeEmailRhythm>('/api/account/notice-email-rhythm', { signal });
}

export function noticeEmailRhythmQueryOptions() {
  return queryOptions({
    queryKey: noticeKeys.emailRhythm(),
    queryFn: ({ signal }) => getNoticeEmailRhythm(signal),
  });
}

export function useNoticeEmailRhythm() {
  return useQuery(noticeEmailRhythmQueryOptions());
}
