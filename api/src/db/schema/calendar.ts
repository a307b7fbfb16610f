import type { TLanguage } from '@koers/shared/language';
import type { TCreatedAt } from './columns.ts';

type TCalendarFeedTable = {
  person_id: string;
  token_hash: string;
  language: TLanguage;
  created_at: TCreatedAt;
  renewed_at: Date | null;
};

/** Private iCalendar feeds, one per person. */
export type TCalendarTables = {
  calendar_feed: TCalendarFeedTable;
};
