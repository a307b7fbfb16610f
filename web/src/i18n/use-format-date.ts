import { useTranslation } from 'react-i18next';
import { toLanguage } from './i18n.ts';

/**
 * Dates and moments in the person's language. A calendar date (2027-01-21) is a day, not an instant:
 * it is formatted in UTC so no time zone moves it to the day before.
 */
export function useFormatDate() {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  return {
    date: (isoDate: string) =>
      new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${isoDate}T00:00:00Z`),
      ),
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)),
    time: (iso: string) => new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(iso)),
  };
}
