import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCalendarFeed } from '@koers/shared/calendar-feed';
import { apiSend } from '../../../lib/api-client.ts';
import { calendarFeedKeys } from './query-keys.ts';

const STOPPED: TCalendarFeed = { active: false, language: null, createdAt: null, renewedAt: null };

function stopCalendarFeed() {
  return apiSend('DELETE', '/api/account/calendar-feed');
}

export function useStopCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: stopCalendarFeed,
    onSuccess: () => queryClient.setQueryData<TCalendarFeed>(calendarFeedKeys.feed(), STOPPED),
  });
}
