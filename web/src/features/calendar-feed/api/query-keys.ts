export const calendarFeedKeys = {
  feed: () => ['calendar-feed'] as const,
};
