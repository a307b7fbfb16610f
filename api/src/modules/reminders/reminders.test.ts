import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZInvitationOverview } from '@koers/shared/invitations';
import { createPerson, organisationIdByName, partnershipIdByName } from '../../../test/fixtures.ts';
import { readMail, startMailCatcher } from '../../../test/mail-catcher.ts';
import { signedIn, TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { sendReminders } from './send-reminders.ts';

const PUBLIC_URL = 'https://koers.example.nl';

describe('reminders to invited respondents, and to the programme manager', () => {
  let app: FastifyInstance;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;
  let pmEmail: string;
  let assessmentId: string;
  let pm: TestClient;
  let institute: string;

  const mailsTo = (email: string) => mail.mails.filter((m) => m.to.includes(email));
  const remindersTo = async (email: string) =>
    (await Promise.all(mailsTo(email).map(readMail))).filter((m) => m.subject.startsWith('Herinnering'));
  const schedule = () => sendReminders({ db: app.db, config: { publicUrl: PUBLIC_URL } });
  /** Every email on record has arrived: what the mail server holds then is all there is. */
  const allEmailsDelivered = async () => {
    const onRecord = await app.db.selectFrom('outgoing_email').select('id').execute();
    await mail.until((received) => received.length >= onRecord.length);
  };

  beforeAll(async () => {
    mail = await startMailCatcher();
    app = await buildTestApp({
      env: { SMTP_URL: mail.url, KOERS_PUBLIC_URL: PUBLIC_URL, KOERS_QUEUE_CONCURRENCY: '2' },
    });
    await seedDemoData(app.db);
    const partnershipId = await partnershipIdByName(app.db, 'Samen Opleiden Zeeland');
    institute = await organisationIdByName(app.db, 'Hogeschool Delta Zeeland');
    const school = await organisationIdByName(app.db, 'Vakcollege Vlissingen');
    const pmPerson = await createPerson(app.db, [{ role: 'programme_manager', partnershipId }]);
    pmEmail = pmPerson.email;
    const client = await signedIn(app, pmPerson.email);
    pm = client;
    // A quarter due in two days, with the default moments 7 and 2 days before: the 2-day moment is today.
    const { id: periodId } = await app.db
      .insertInto('period')
      .values({ code: '2199-Q1', opens_on: sql<string>`current_date - 60`, due_on: sql<string>`current_date + 2` })
      .returning('id')
      .executeTakeFirstOrThrow();
    const started = await client.inject({
      method: 'POST',
      url: `/api/partnerships/${partnershipId}/assessments`,
      payload: { periodId },
    });
    assessmentId = (started.json() as { id: string }).id;
    const invited = await client.inject({
      method: 'POST',
      url: `/api/assessments/${assessmentId}/invitations`,
      payload: {
        invitations: [
          { name: 'Anna Open', email: 'anna@delta.test', perspective: 'institute', organisationId: institute },
          { name: 'Bas Klaar', email: 'bas@vlissingen.test', perspective: 'school', organisationId: school },
          { name: 'Cor Stil', email: 'cor@vlissingen.test', perspective: 'school', organisationId: school },
        ],
      },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(ZInvitationOverview.parse(invited.json()).respondents).toHaveLength(3);
    // Invited before this moment came, as a week ago (the invitation itself reminds whom it reaches late).
    await app.db
      .updateTable('respondent_invitation')
      .set({ invited_at: sql`now() - interval '7 days'` })
      .where('assessment_id', '=', assessmentId)
      .execute();
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  /** The personal link and the opt-out link in the newest mail to this address. */
  const linksIn = async (email: string) => {
    await mail.until((m) => m.some((x) => x.to.includes(email)));
    const newest = mailsTo(email).at(-1);
    if (!newest) throw new Error(`no mail to ${email}`);
    const read = await readMail(newest);
    return {
      token: read.text.match(/\/respond\/([A-Za-z0-9_-]+)/)?.[1] ?? '',
      optOut: read.text.match(/\/reminders\/opt-out\/([0-9a-f]{64})/)?.[1] ?? '',
      read,
    };
  };

  it('carries an opt-out link in every invitation, which switches reminders off without a session', async () => {
    const { optOut, read } = await linksIn('cor@vlissingen.test');
    expect(read.html).toContain(`href="${PUBLIC_URL}/reminders/opt-out/${optOut}"`);
    const visitor = await new TestClient(app).start();
    const res = await visitor.inject({ method: 'POST', url: `/api/reminder-opt-outs/${optOut}` });
    expect(res.statusCode, res.body).toBe(204);
    const unknown = await visitor.inject({ method: 'POST', url: `/api/reminder-opt-outs/${'0'.repeat(64)}` });
    expect(unknown.statusCode).toBe(404);
  });

  it('reminds a respondent who has not submitted, not one who has nor one who opted out, once', async () => {
    const bas = await linksIn('bas@vlissingen.test');
    const visitor = await new TestClient(app).start();
    const done = await visitor.inject({ method: 'POST', url: `/api/respond/${bas.token}/completion` });
    expect(done.statusCode).toBe(204);
    await linksIn('anna@delta.test');

    // Two instances at once, then once more (a restart): each reminder is claimed once.
    const queued = await Promise.all([schedule(), schedule()]);
    expect(await schedule()).toBe(0);
    const reminders = await app.db
      .selectFrom('outgoing_email')
      .select(['recipient_email', 'kind'])
      .where('kind', 'in', ['respondent_reminder', 'open_perspectives_reminder'])
      .execute();
    expect(queued[0] + queued[1]).toBe(reminders.length);
    // Anna, and each of the partnership's programme managers (the demo's and ours): one email each.
    expect(reminders.filter((r) => r.kind === 'respondent_reminder')).toEqual([
      { recipient_email: 'anna@delta.test', kind: 'respondent_reminder' },
    ]);
    const toManagers = reminders.map((r) => r.recipient_email).filter((email) => email !== 'anna@delta.test');
    expect(new Set(toManagers).size).toBe(toManagers.length);
    expect(toManagers).toContain(pmEmail);
    await allEmailsDelivered();

    const annaReminders = await remindersTo('anna@delta.test');
    expect(annaReminders).toHaveLength(1);
    expect(annaReminders[0]?.text).toContain('Beste Anna Open,');
    expect(await remindersTo('bas@vlissingen.test')).toEqual([]);
    expect(await remindersTo('cor@vlissingen.test')).toEqual([]);
    expect(mailsTo('bas@vlissingen.test')).toHaveLength(1);
    expect(mailsTo('cor@vlissingen.test')).toHaveLength(1);

    // The reminder's fresh link opens Anna's response; it still carries the opt-out link.
    const reminded = await linksIn('anna@delta.test');
    expect(reminded.optOut).toMatch(/^[0-9a-f]{64}$/);
    const view = await visitor.inject({ method: 'GET', url: `/api/respond/${reminded.token}` });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ response: { respondentName: 'Anna Open' } });

    // The programme manager hears which perspectives nobody submitted for: the school has, via Bas.
    const [toManager] = await Promise.all(mailsTo(pmEmail).map(readMail));
    expect(mailsTo(pmEmail)).toHaveLength(1);
    expect(toManager?.subject).toBe('Koers: nog open perspectieven in Samen Opleiden Zeeland, 2199-Q1');
    expect(toManager?.text).toContain('vanuit: lerarenopleiding, schoolbestuur.');
    expect(toManager?.text).toContain(`${PUBLIC_URL}/assessments/${assessmentId}`);
  });

  it('runs as the job queue’s task, as its crontab starts it', async () => {
    const invited = await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessmentId}/invitations`,
      payload: {
        invitations: [
          {
            name: 'Dirk Laat',
            email: 'dirk@delta.test',
            perspective: 'institute',
            organisationId: institute,
            locale: 'en',
          },
        ],
      },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    await mail.until((m) => m.some((x) => x.to.includes('dirk@delta.test')));
    await app.db
      .updateTable('respondent_invitation')
      .set({ invited_at: sql`now() - interval '7 days'` })
      .where('email', '=', 'dirk@delta.test')
      .execute();

    await sql`SELECT graphile_worker.add_job('respondent-reminders')`.execute(app.db);
    await mail.until((m) => m.filter((x) => x.to.includes('dirk@delta.test')).length === 2);
    const [, second] = mailsTo('dirk@delta.test');
    if (!second) throw new Error('no reminder to Dirk');
    const reminder = await readMail(second);
    expect(reminder.subject).toBe('Reminder: your view on Samen Opleiden Zeeland, self-assessment 2199-Q1');
    expect(reminder.text).toContain('Rather have no more reminders? Switch them off');
  });
});
