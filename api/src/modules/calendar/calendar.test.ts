import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCalendarFeed, ZCalendarFeedCreated, type TCalendarFeedCreated } from '@koers/shared/calendar-feed';
import { ZAccountExport } from '@koers/shared/people';
import { createPerson } from '../../../test/fixtures.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { FEED_FETCH_LIMIT } from './calendar.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A calendar date this many days from today (UTC), as the database writes dates. */
const daysFromToday = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

type TEvent = { uid: string; summary: string; description: string; start: string; end: string; allDay: boolean };

/** The feed parsed back by a maintained iCalendar parser: what a calendar app would read. */
function parseFeed(text: string): { name: unknown; events: TEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
    };
  });
  return { name: calendar.getFirstPropertyValue('x-wr-calname'), events };
}

/** The path of a feed's address, as a calendar app would fetch it (without a session). */
const pathOf = (feed: TCalendarFeedCreated) => new URL(feed.url).pathname;

describe('a person’s private calendar feed', () => {
  let app: FastifyInstance;
  let manager: TestClient;
  let managerId: string;
  let admin: TestClient;
  const dates = {
    openQuarter: daysFromToday(20),
    nextQuarter: daysFromToday(110),
    longAgoQuarter: daysFromToday(-400),
    ownAction: daysFromToday(12),
    otherAction: daysFromToday(14),
  };
  let ids: { own: string; other: string; openPeriod: string; ownAction: string };

  beforeAll(async () => {
    app = await buildTestApp();
    const partnership = (name: string) =>
      app.db
        .insertInto('partnership')
        .values({ name, region: 'Noord', sector: 'po', scenario: 'A' })
        .returning('id')
        .executeTakeFirstOrThrow();
    const own = (await partnership('Partnerschap Kalender Noord')).id;
    const other = (await partnership('Partnerschap Kalender Zuid')).id;
    const period = (code: string, opensOn: string, dueOn: string) =>
      app.db
        .insertInto('period')
        .values({ code, opens_on: opensOn, due_on: dueOn })
        .returning('id')
        .executeTakeFirstOrThrow();
    const openPeriod = (await period('2300-Q1', daysFromToday(-60), dates.openQuarter)).id;
    await period('2300-Q2', daysFromToday(30), dates.nextQuarter);
    await period('2299-Q1', daysFromToday(-490), dates.longAgoQuarter);

    const person = await createPerson(app.db, [{ role: 'programme_manager', partnershipId: own }], {
      displayName: 'Kees Kalender',
    });
    managerId = person.id;
    const someoneElse = await createPerson(app.db, [{ role: 'programme_manager', partnershipId: other }]);
    const action = (partnershipId: string, ownerId: string, description: string, dueOn: string, status = 'open') =>
      app.db
        .insertInto('action')
        .values({
          partnership_id: partnershipId,
          description,
          owner_id: ownerId,
          due_on: dueOn,
          support_type: 'peer_review',
          status: status as 'open' | 'done',
          created_by: ownerId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const ownAction = (await action(own, person.id, 'Peer review plannen met Twente', dates.ownAction)).id;
    await action(own, person.id, 'Al gedane actie', daysFromToday(5), 'done');
    await action(other, someoneElse.id, 'Actie van een ander partnerschap', dates.otherAction);

    ids = { own, other, openPeriod, ownAction };
    manager = await signedIn(app, person.email);
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
  });

  afterAll(async () => {
    await app.close();
  });

  const makeFeed = async (language: 'nl' | 'en') => {
    const made = await manager.inject({ method: 'POST', url: '/api/account/calendar-feed', payload: { language } });
    expect(made.statusCode).toBe(201);
    return ZCalendarFeedCreated.parse(made.json());
  };

  it('holds the due dates of the partnership’s quarters and its open actions, and nothing of another partnership', async () => {
    const feed = await makeFeed('nl');
    expect(feed.url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    // A calendar app has no session: the address alone opens the feed.
    const fetched = await app.inject({ method: 'GET', url: pathOf(feed) });
    expect(fetched.statusCode).toBe(200);
    expect(fetched.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { name, events } = parseFeed(fetched.body);
    expect(name).toBe('Koers: deadlines');

    // Quarters first, then actions, each by date; all-day events that end (exclusively) the next day.
    expect(events.map((e) => [e.summary, e.start, e.end, e.allDay])).toEqual([
      ['Zelfevaluatie Partnerschap Kalender Noord 2300-Q1 — deadline', dates.openQuarter, daysFromToday(21), true],
      ['Zelfevaluatie Partnerschap Kalender Noord 2300-Q2 — deadline', dates.nextQuarter, daysFromToday(111), true],
      [
        'Actie Partnerschap Kalender Noord: Peer review plannen met Twente — deadline',
        dates.ownAction,
        daysFromToday(13),
        true,
      ],
    ]);
    const quarter = events.find((e) => e.summary.includes('2300-Q1'));
    expect(quarter?.uid).toBe(`quarter-${ids.openPeriod}-${ids.own}@localhost`);
    expect(quarter?.description).toContain(`Openen in Koers: http://localhost:3000/partnerships/${ids.own}`);
    expect(events.find((e) => e.summary.startsWith('Actie'))?.uid).toBe(`action-${ids.ownAction}@localhost`);

    // Nothing of the other partnership, no done action, no quarter long past.
    expect(fetched.body).not.toContain('Kalender Zuid');
    expect(fetched.body).not.toContain(ids.other);
    expect(fetched.body).not.toContain('Al gedane actie');
    expect(fetched.body).not.toContain('2299-Q1');

    // Fetched again, the same events under the same UIDs: calendar apps update, never duplicate.
    const again = parseFeed((await app.inject({ method: 'GET', url: pathOf(feed) })).body);
    expect(again.events.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('a critical friend’s feed follows their own partnerships: the other one’s quarters and actions', async () => {
    const friend = await createPerson(app.db, [{ role: 'critical_friend', partnershipId: ids.other }]);
    const client = await signedIn(app, friend.email);
    const made = await client.inject({
      method: 'POST',
      url: '/api/account/calendar-feed',
      payload: { language: 'en' },
    });
    const { events } = parseFeed(
      (await app.inject({ method: 'GET', url: pathOf(ZCalendarFeedCreated.parse(made.json())) })).body,
    );
    expect(events.map((e) => [e.summary, e.start])).toEqual([
      ['Self-assessment Partnerschap Kalender Zuid 2300-Q1 — deadline', dates.openQuarter],
      ['Self-assessment Partnerschap Kalender Zuid 2300-Q2 — deadline', dates.nextQuarter],
      ['Action Partnerschap Kalender Zuid: Actie van een ander partnerschap — due', dates.otherAction],
    ]);
  });

  it('a board member’s feed holds the partnerships their organisation takes part in', async () => {
    const board = await app.db
      .insertInto('organisation')
      .values({ name: 'Stichting Kalenderscholen', kind: 'school_board' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await app.db
      .insertInto('partnership_member')
      .values({ partnership_id: ids.own, organisation_id: board.id })
      .execute();
    const member = await createPerson(app.db, [{ role: 'board_member', organisationId: board.id }]);
    const client = await signedIn(app, member.email);
    const made = await client.inject({
      method: 'POST',
      url: '/api/account/calendar-feed',
      payload: { language: 'nl' },
    });
    const feed = await app.inject({ method: 'GET', url: pathOf(ZCalendarFeedCreated.parse(made.json())) });
    expect(parseFeed(feed.body).events.map((e) => e.summary)).toEqual([
      'Zelfevaluatie Partnerschap Kalender Noord 2300-Q1 — deadline',
      'Zelfevaluatie Partnerschap Kalender Noord 2300-Q2 — deadline',
      'Actie Partnerschap Kalender Noord: Peer review plannen met Twente — deadline',
    ]);
  });

  it('answers 304 to a calendar app that already has this version', async () => {
    const feed = await makeFeed('nl');
    const first = await app.inject({ method: 'GET', url: pathOf(feed) });
    expect(first.headers['cache-control']).toBe('private, max-age=900');
    const etag = String(first.headers.etag);
    const unchanged = await app.inject({ method: 'GET', url: pathOf(feed), headers: { 'if-none-match': etag } });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');
  });

  it('renewing gives a new address in the chosen language, and the old one opens nothing', async () => {
    const old = await makeFeed('nl');
    const renewed = await makeFeed('en');
    expect(renewed.url).not.toBe(old.url);
    expect(renewed.renewedAt).not.toBeNull();

    const gone = await app.inject({ method: 'GET', url: pathOf(old) });
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ code: 'NOT_FOUND' });

    const { events } = parseFeed((await app.inject({ method: 'GET', url: pathOf(renewed) })).body);
    expect(events.map((e) => e.summary)).toContain('Self-assessment Partnerschap Kalender Noord 2300-Q1 — deadline');
    expect(events.map((e) => e.summary)).toContain(
      'Action Partnerschap Kalender Noord: Peer review plannen met Twente — due',
    );

    const state = ZCalendarFeed.parse(
      (await manager.inject({ method: 'GET', url: '/api/account/calendar-feed' })).json(),
    );
    expect(state).toMatchObject({ active: true, language: 'en' });

    const audited = await app.db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_person_id', '=', managerId)
      .where('action', 'like', 'calendar_feed.%')
      .execute();
    expect(audited.map((a) => a.action)).toContain('calendar_feed.created');
    expect(audited.map((a) => a.action)).toContain('calendar_feed.renewed');
  });

  it('a feed fetched more often than any calendar app does is refused for a while, with Retry-After', async () => {
    const feed = await makeFeed('nl');
    for (let fetched = 0; fetched < FEED_FETCH_LIMIT.attempts; fetched++) {
      expect((await app.inject({ method: 'GET', url: pathOf(feed) })).statusCode).toBe(200);
    }
    const refused = await app.inject({ method: 'GET', url: pathOf(feed) });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // A new address counts afresh: the limit is per feed, not per person.
    expect((await app.inject({ method: 'GET', url: pathOf(await makeFeed('nl')) })).statusCode).toBe(200);
  });

  it('an unknown address is a 404, a malformed one a 400, never an error', async () => {
    for (const token of ['A'.repeat(43), 'Z'.repeat(20), '-'.repeat(100)]) {
      const answer = await app.inject({ method: 'GET', url: `/api/calendar/${token}.ics` });
      expect(answer.statusCode).toBe(404);
    }
    for (const token of ['x', '%E2%80%AE'.repeat(10), 'a.b'.repeat(10), '%00'.repeat(20)]) {
      const answer = await app.inject({ method: 'GET', url: `/api/calendar/${token}.ics` });
      expect(answer.statusCode).toBe(400);
    }
    // Longer than any path parameter the router takes.
    expect((await app.inject({ method: 'GET', url: `/api/calendar/${'A'.repeat(101)}.ics` })).statusCode).toBe(414);
  });

  it('stopping the feed closes its address', async () => {
    const feed = await makeFeed('nl');
    expect((await manager.inject({ method: 'DELETE', url: '/api/account/calendar-feed' })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: pathOf(feed) })).statusCode).toBe(404);
    const state = ZCalendarFeed.parse(
      (await manager.inject({ method: 'GET', url: '/api/account/calendar-feed' })).json(),
    );
    expect(state).toEqual({ active: false, language: null, createdAt: null, renewedAt: null });
  });

  it('the personal-data export says a feed exists, without its address; erasure removes the feed', async () => {
    const feed = await makeFeed('nl');
    const exported = await manager.inject({ method: 'GET', url: '/api/account/export' });
    expect(ZAccountExport.parse(exported.json()).calendarFeed).toMatchObject({ language: 'nl' });
    expect(exported.body).not.toContain(pathOf(feed).split('/').at(-1)?.replace('.ics', ''));

    expect((await admin.inject({ method: 'POST', url: `/api/people/${managerId}/erasure` })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: pathOf(feed) })).statusCode).toBe(404);
    const left = await app.db
      .selectFrom('calendar_feed')
      .select('person_id')
      .where('person_id', '=', managerId)
      .execute();
    expect(left).toEqual([]);
  });
});
