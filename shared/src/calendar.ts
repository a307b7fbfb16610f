// Made once: a formatter costs far more to make than to use, and a dashboard's flags write many dates.
const FORMATS = {
  nl: new Intl.DateTimeFormat('nl', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }),
};

/**
 * A calendar date (2026-10-21) as people write it in their language: "21 oktober 2026", "October 21,
 * 2026", for texts made outside the page (flag reasons, notices, mails). Formatted in UTC, so no time zone
 * moves it to the day before; the web app's `useFormatDate` writes dates the same way.
 */
export function formatCalendarDate(isoDate: string, language: 'nl' | 'en'): string {
  return FORMATS[language].format(new Date(`${isoDate}T00:00:00Z`));
}

/** The same date in both languages, for texts stored once and shown in either. */
export function calendarDateInBoth(isoDate: string): { nl: string; en: string } {
  return { nl: formatCalendarDate(isoDate, 'nl'), en: formatCalendarDate(isoDate, 'en') };
}
