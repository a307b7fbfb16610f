import { createHash } from 'node:crypto';
import ical from 'ical-generator';
import type { TLanguage } from '@koers/shared/language';
import { CALENDAR_TEXTS } from './calendar-texts.ts';

export type TQuarterDeadline = {
  partnershipId: string;
  partnershipName: string;
  periodId: string;
  periodCode: string;
  dueOn: string;
  submitted: boolean;
};

export type TActionDeadline = {
  id: string;
  partnershipId: string;
  partnershipName: string;
  description: string;
  dueOn: string;
};

/** A session of an intervision group the person belongs to or facilitates. */
export type TIntervisionSessionEvent = {
  id: string;
  roundId: string;
  roundTitle: string;
  groupNumber: number;
  startsAt: Date;
  endsAt: Date;
  place: string;
};

/** Calendar apps fetch again after this long (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
export const FEED_REFRESH_SECONDS = 60 * 60;

const DAY_MS = 24 * 60 * 60 * 1000;

/** An all-day event on a calendar date: starts that day, ends (exclusively) the next. */
function allDay(isoDate: string) {
  const start = new Date(`${isoDate}T00:00:00Z`);
  return { start, end: new Date(start.getTime() + DAY_MS), allDay: true };
}

/**
 * One person's deadlines and intervision sessions as an iCalendar document. Each event's UID names what it
 * is about (a partnership's quarter, an action, a session), never the person or the moment: a calendar app that fetches again updates the
 * event in place instead of adding a copy. `version` changes exactly when what the feed says changes.
 */
export function buildCalendarFeed(input: {
  language: TLanguage;
  publicUrl: string;
  host: string;
  quarters: readonly TQuarterDeadline[];
  actions: readonly TActionDeadline[];
  sessions: readonly TIntervisionSessionEvent[];
}): { ics: string; version: string } {
  const { language, publicUrl, host, quarters, actions, sessions } = input;
  const texts = CALENDAR_TEXTS[language];
  const calendar = ical({
    name: texts.calendarName,
    description: texts.calendarDescription,
    prodId: { company: 'Koers', product: 'Koers', language: language.toUpperCase() },
    url: publicUrl,
    ttl: FEED_REFRESH_SECONDS,
  });
  const withLink = (text: string, url: string) => `${text}\n\n${texts.openInKoers}: ${url}`;

  for (const quarter of quarters) {
    const url = `${publicUrl}/partnerships/${quarter.partnershipId}`;
    calendar.createEvent({
      id: `quarter-${quarter.periodId}-${quarter.partnershipId}@${host}`,
      ...allDay(quarter.dueOn),
      summary: texts.quarterSummary(quarter),
      description: withLink(texts.quarterDescription(quarter), url),
      url,
    });
  }
  for (const action of actions) {
    const url = `${publicUrl}/partnerships/${action.partnershipId}/actions`;
    calendar.createEvent({
      id: `action-${action.id}@${host}`,
      ...allDay(action.dueOn),
      summary: texts.actionSummary(action),
      description: withLink(texts.actionDescription(action), url),
      url,
    });
  }
  for (const session of sessions) {
    const url = `${publicUrl}/intervision/${session.roundId}`;
    calendar.createEvent({
      id: `intervision-session-${session.id}@${host}`,
      start: session.startsAt,
      end: session.endsAt,
      summary: texts.sessionSummary(session),
      description: withLink(texts.sessionDescription(session), url),
      ...(session.place ? { location: session.place } : {}),
      url,
    });
  }

  const version = createHash('sha256')
    .update(JSON.stringify({ language, publicUrl, quarters, actions, sessions }))
    .digest('base64url')
    .slice(0, 27);
  return { ics: calendar.toString(), version };
}
