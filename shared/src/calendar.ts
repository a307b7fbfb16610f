/**
 * A calendar date (2026-10-21) as people write it in their language: "21 oktober 2026", "October 21,
 * 2026", for texts made outside the page (flag reasons, notices, mails). Formatted in UTC, so no time zone
 * moves it to the day before; the web app's `useFormatDate` writes dates the same way.
 */
export function formatCalendarDate(isoDate: string, language: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** The same date in both languages, for texts stored once and shown in either. */
export function calendarDateInBoth(isoDate: string): { nl: string; en: string } {
  return { nl: formatCalendarDate(isoDate, 'nl'), en: formatCalendarDate(isoDate, 'en') };
}
