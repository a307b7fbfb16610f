import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCalendarFeed, TCalendarFeedCreated } from '@koers/shared/calendar-feed';
import type { TLanguage } from '@koers/shared/language';
import { apiSend } from '../../../lib/api-client.ts';
import { calendarFeedKeys } from './query-keys.ts';

function saveCalendarFeed(language: TLanguage) {
  return apiSend<TCalendarFeedCreated>('POST', '/api/account/calendar-feed', { body: { language } });
}

/** Makes the feed, or renews it; the answer holds its address, which Koers shows only this once. */
export function useSaveCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCalendarFeed,
    onSuccess: ({ url: _url, ...feed }) => queryClient.setQueryData<TCalendarFeed>(calendarFeedKeys.feed(), feed),
  });
}
