import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TCalendarFeed } from '@koers/shared/calendar-feed';
import { apiGet } from '../../../lib/api-client.ts';
import { calendarFeedKeys } from './query-keys.ts';

function getCalendarFeed(signal: AbortSignal) {
  return apiGet<TCalendarFeed>('/api/account/calendar-feed', { signal });
}

function calendarFeedQueryOptions() {
  return queryOptions({ queryKey: calendarFeedKeys.feed(), queryFn: ({ signal }) => getCalendarFeed(signal) });
}

export function useCalendarFeed() {
  return useQuery(calendarFeedQueryOptions());
}
