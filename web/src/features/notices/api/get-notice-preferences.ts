import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TNoticePreferences } from '@koers/shared/follow-up';
import { apiGet } from '../../../lib/api-client.ts';
import { noticeKeys } from './query-keys.ts';

function getNoticePreferences(signal: AbortSignal) {
  return apiGet<TNoticePreferences>('/api/account/notice-preferences', { signal });
}

export function noticePreferencesQueryOptions() {
  return queryOptions({
    queryKey: noticeKeys.preferences(),
    queryFn: ({ signal }) => getNoticePreferences(signal),
  });
}

export function useNoticePreferences() {
  return useQuery(noticePreferencesQueryOptions());
}
