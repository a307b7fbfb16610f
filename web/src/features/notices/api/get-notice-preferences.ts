import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZNoticePreferences } from '@koers/shared/follow-up';
import { apiGet } from '../../../lib/api-client.ts';

function getNoticePreferences(signal: AbortSignal) {
  return apiGet('/api/account/notice-preferences', ZNoticePreferences, { signal });
}

export function noticePreferencesQueryOptions() {
  return queryOptions({
    queryKey: ['notices', 'preferences'],
    queryFn: ({ signal }) => getNoticePreferences(signal),
  });
}

export function useNoticePreferences() {
  return useQuery(noticePreferencesQueryOptions());
}
