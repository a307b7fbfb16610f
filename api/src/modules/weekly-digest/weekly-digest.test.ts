import type { FastifyInstance } from 'fastify';
import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCalendarDate } from '@koers/shared/calendar';
import { createPerson, partnershipIdByName, type TTestPerson } from '../../../test/fixtures.ts';
import { inbox } from '../../../test/follow-up-client.ts';
import { readMail, startMailCatcher } from '../../../test/mail-catcher.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { insertNotices } from '../notices/notices.repository.ts';
import { queueNoticeEmails } from '../notices/notices.service.ts';
import { isDigestMorning, sendWeeklyDigests } from './send-weekly-digests.ts';

const PUBLIC_URL = 'https://koers.example.nl';
const config = { publicUrl: PUBLIC_URL };

describe('the weekly digest for critical friends', () => {
  let app: FastifyInstance;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;
  let zeeland: string;
  let weekly: TTestPerson;
  let perNotice: TTestPerson;
  let weeklyClient: TestClient;
  let perNoticeClient: TestClient;

  const mailsTo = (email: string) => Promise.all(mail.mails.filter((m) => m.to.includes(email)).map(readMail));
  /** Every email on record has arrived: what the mail server holds then is all there is. */
  const allEmailsDelivered = async () => {
    const onRecord = await app.db.selectFrom('outgoing_email').select('id').execute();
    await mail.until((received) => received.length >= onRecord.length);
  };
  /** A day as the database's calendar has it, as `yyyy-mm-dd`. */
  const dayOf = async (day: RawBuilder<unknown>) =>
    (await sql<{ d: string }>`SELECT (${day})::date::text AS d`.execute(app.db)).rows[0]?.d ?? '';
  const dueIn = (days: number) => dayOf(sql`current_date + ${days}::int`);
  const createAction = async (client: TestClient, ownerId: string, description: string, dueInDays: number) => {
    const res = await client.inject({
      method: 'POST',
      url: `/api/partnerships/${zeeland}/actions`,
      payload: { description, ownerId, dueOn: await dueIn(dueInDays), supportType: 'other' },
    });
    expect(res.statusCode, res.body).toBe(201);
  };

  beforeAll(async () => {
    mail = await startMailCatcher();
    app = await buildTestApp({
      env: { SMTP_URL: mail.url, KOERS_PUBLIC_URL: PUBLIC_URL, KOERS_QUEUE_CONCURRENCY: '1' },
    });
    await seedDemoData(app.db);
    zeeland = await partnershipIdByName(app.db, 'Samen Opleiden Zeeland');
    weekly = await createPerson(app.db, [{ role: 'critical_friend', partnershipId: zeeland }], {
      displayName: 'Wil Wekelijks',
    });
    perNotice = await createPerson(app.db, [{ role: 'critical_friend', partnershipId: zeeland }], {
      displayName: 'Piet Per Melding',
    });
    weeklyClient = await signedIn(app, weekly.email);
    perNoticeClient = await signedIn(app, perNotice.email);
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  it('keeps an email per notice unless a person chooses the weekly digest', async () => {
    const before = await weeklyClient.inject({ method: 'GET', url: '/api/account/notice-email-rhythm' });
    expect(before.json()).toEqual({ rhythm: 'per_notice' });
    const chosen = await weeklyClient.inject({
      method: 'PUT',
      url: '/api/account/notice-email-rhythm',
      payload: { rhythm: 'weekly' },
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json()).toEqual({ rhythm: 'weekly' });
    const invalid = await weeklyClient.inject({
      method: 'PUT',
      url: '/api/account/notice-email-rhythm',
      payload: { rhythm: 'daily' },
    });
    expect(invalid.statusCode).toBe(400);
  });

  it('sends one digest with the week’s flags and actions, and no email per notice to whom chose it', async () => {
    const { id: periodId } = await app.db
      .insertInto('period')
      .values({ code: '2198-Q3', opens_on: sql<string>`current_date - 90`, due_on: sql<string>`current_date - 5` })
      .returning('id')
      .executeTakeFirstOrThrow();
    // A flag of this week, and one of two weeks ago that last week's digest would have carried.
    await sql`
      INSERT INTO flag (partnership_id, period_id, theme_number, kind, severity, facts, raised_at)
      VALUES (${zeeland}, ${periodId}, 3, 'weak', 'attention', '{}', now() - interval '2 days'),
             (${zeeland}, ${periodId}, 2, 'low_coverage', 'attention', '{}', now() - interval '14 days')
    `.execute(app.db);
    await insertNotices(app.db, [weekly.id, perNotice.id], {
      kind: 'flag_new',
      partnershipId: zeeland,
      subjectKey: `flags:${periodId}`,
      title: {
        nl: '1 nieuw signaal voor Samen Opleiden Zeeland: tijd voor een gesprek',
        en: '1 new flag for Samen Opleiden Zeeland: time for a conversation',
      },
      link: `/partnerships/${zeeland}/dashboard`,
    });
    await createAction(perNoticeClient, weekly.id, 'Stagegesprekken plannen', 3);
    await createAction(perNoticeClient, weekly.id, 'Jaarplan bijstellen', 30);
    await createAction(weeklyClient, perNotice.id, 'Opleidingsschool bezoeken', 5);

    // The other critical friend uses Koers in English: their emails come in English only.
    const english = await perNoticeClient.inject({
      method: 'PUT',
      url: '/api/account/language',
      payload: { language: 'en' },
    });
    expect(english.statusCode, english.body).toBe(200);
    const unknown = await perNoticeClient.inject({
      method: 'PUT',
      url: '/api/account/language',
      payload: { language: 'de' },
    });
    expect(unknown.statusCode).toBe(400);

    await queueNoticeEmails(app.db, config);
    // Two instances at once, then once more (a restart, or the next hour): one digest each week.
    const queued = await Promise.all([
      sendWeeklyDigests({ db: app.db, config }),
      sendWeeklyDigests({ db: app.db, config }),
    ]);
    expect(await sendWeeklyDigests({ db: app.db, config })).toBe(0);
    const digests = await app.db
      .selectFrom('outgoing_email')
      .select('recipient_email')
      .where('kind', '=', 'weekly_digest')
      .execute();
    expect(digests).toEqual([{ recipient_email: weekly.email }]);
    expect(queued[0] + queued[1]).toBe(1);
    await allEmailsDelivered();

    const toWeekly = await mailsTo(weekly.email);
    expect(toWeekly.map((m) => m.subject)).toEqual(['Koers: uw weekoverzicht']);
    const digest = toWeekly[0];
    if (!digest) throw new Error('no digest');
    expect(digest.text).toContain('Beste Wil Wekelijks,');
    // The digest dates a flag in the Netherlands' calendar: two days ago near midnight UTC is a day later there.
    const flaggedOn = await dayOf(sql`(now() - interval '2 days') AT TIME ZONE 'Europe/Amsterdam'`);
    expect(digest.text).toContain(
      `Zwak thema (thema 3) in Samen Opleiden Zeeland, op ${formatCalendarDate(flaggedOn, 'nl')}`,
    );
    expect(digest.text).not.toContain('Veel “weet niet” (thema 2)');
    expect(digest.text).toContain(`${PUBLIC_URL}/partnerships/${zeeland}/dashboard`);
    expect(digest.text).toContain(
      `Stagegesprekken plannen, Samen Opleiden Zeeland, uiterlijk ${formatCalendarDate(await dueIn(3), 'nl')}`,
    );
    expect(digest.text).toContain(
      `Opleidingsschool bezoeken, Samen Opleiden Zeeland, uiterlijk ${formatCalendarDate(await dueIn(5), 'nl')}`,
    );
    expect(digest.text).not.toContain('Jaarplan bijstellen');
    expect(digest.text).toContain(`${PUBLIC_URL}/partnerships/${zeeland}/actions`);
    // In their language only, the same in the HTML part.
    expect(digest.text).not.toContain('New flags of the past week');
    expect(digest.html).toContain('<html lang="nl">');
    expect(digest.html).toContain('Nieuwe signalen van de afgelopen week');
    expect(digest.html).toContain(`href="${PUBLIC_URL}/partnerships/${zeeland}/actions"`);

    // The in-app notices stay.
    const notices = (await inbox(weeklyClient)).items.map((n) => n.kind);
    expect(notices).toEqual(expect.arrayContaining(['flag_new', 'action_new']));

    // The other critical friend has an email per notice, as before, in English, and no digest.
    const mailsToPerNotice = await mailsTo(perNotice.email);
    const toPerNotice = mailsToPerNotice.map((m) => m.subject);
    expect(toPerNotice).toContain('Koers: 1 new flag for Samen Opleiden Zeeland: time for a conversation');
    expect(toPerNotice.some((s) => s.includes('Opleidingsschool bezoeken'))).toBe(true);
    expect(toPerNotice.some((s) => s.startsWith('Koers: uw') || s.includes('weekly digest'))).toBe(false);
    const flagNotice = mailsToPerNotice.find((m) => m.subject.includes('1 new flag'));
    expect(flagNotice?.text).toContain('Dear ');
    expect(flagNotice?.text).not.toContain('tijd voor een gesprek');
    expect(flagNotice?.html).toContain('<html lang="en">');
  });

  it('sends nothing to a person with nothing to say, and only on Monday from 07:00 in the Netherlands', async () => {
    const quiet = await createPerson(app.db, [], { displayName: 'Stil' });
    await app.db.insertInto('notice_digest_choice').values({ person_id: quiet.id }).execute();
    expect(await sendWeeklyDigests({ db: app.db, config })).toBe(0);
    const toQuiet = await app.db
      .selectFrom('outgoing_email')
      .select('id')
      .where('recipient_email', '=', quiet.email)
      .execute();
    expect(toQuiet).toEqual([]);

    // 2026-12-07 is a Monday: 06:59 in Amsterdam is 05:59 UTC in winter, 07:00 is 06:00 UTC.
    expect(isDigestMorning(new Date('2026-12-07T05:59:00Z'))).toBe(false);
    expect(isDigestMorning(new Date('2026-12-07T06:00:00Z'))).toBe(true);
    expect(isDigestMorning(new Date('2026-12-07T22:30:00Z'))).toBe(true);
    expect(isDigestMorning(new Date('2026-12-08T06:00:00Z'))).toBe(false);
    // Summer time: 07:00 in Amsterdam is 05:00 UTC.
    expect(isDigestMorning(new Date('2027-06-07T05:00:00Z'))).toBe(true);
  });
});
