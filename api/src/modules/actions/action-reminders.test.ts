import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAction } from '@koers/shared/follow-up';
import { loadConfig } from '../../config.ts';
import { partnershipIdByName } from '../../../test/fixtures.ts';
import { inbox, wholeReviewQueue } from '../../../test/follow-up-client.ts';
import { startMailCatcher } from '../../../test/mail-catcher.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { queueNoticeEmails, raiseTimeReminders } from '../notices/notices.service.ts';
import { DEMO_PASSWORD } from '../../demo/demo-people.ts';

describe('actions: due dates and reminders', () => {
  let app: FastifyInstance;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;
  let friend: TestClient;
  let pm: TestClient;
  let twente: string;
  let pmId: string;

  beforeAll(async () => {
    mail = await startMailCatcher();
    app = await buildTestApp({ env: { SMTP_URL: mail.url, KOERS_QUEUE_CONCURRENCY: '1' } });
    await seedDemoData(app.db);
    twente = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    friend = await signedIn(app, 'friend@demo.koers.nl', DEMO_PASSWORD);
    pm = await signedIn(app, 'pm@demo.koers.nl', DEMO_PASSWORD);
    pmId = (
      await app.db.selectFrom('person').select('id').where('email', '=', 'pm@demo.koers.nl').executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  it('marks an action past its due date as overdue and reminds its owner in the app and by email, once', async () => {
    const action = ZAction.parse(
      (
        await friend.inject({
          method: 'POST',
          url: `/api/partnerships/${twente}/actions`,
          payload: {
            theme: 2,
            description: 'Schoolleiders in de stuurgroep',
            ownerId: pmId,
            dueOn: '2026-01-15',
            supportType: 'expert_conversation',
          },
        })
      ).json(),
    );
    expect(action.overdue).toBe(true);
    const queueItems = await wholeReviewQueue(friend);
    expect(queueItems.length).toBeGreaterThan(0);

    const config = loadConfig({ NODE_ENV: 'test', SMTP_URL: mail.url });
    // Twice at the same moment, as two instances' scheduled runs would.
    await Promise.all([1, 2].map(() => raiseTimeReminders(app.db)));
    await Promise.all([1, 2].map(() => queueNoticeEmails(app.db, config)));

    const overdue = (await inbox(pm)).items.filter(
      (n) => n.kind === 'action_overdue' && n.title.nl.includes('Schoolleiders in de stuurgroep'),
    );
    expect(overdue).toHaveLength(1);
    // The date as people write it, not as the database stores it.
    expect(overdue[0]?.title).toEqual({
      nl: 'Actie over datum (15 januari 2026): Schoolleiders in de stuurgroep',
      en: 'Action past its due date (January 15, 2026): Schoolleiders in de stuurgroep',
    });
    // The reminder's mail (quoted-printable soft breaks undone), in the owner's language (Dutch), not the
    // one about the new action: queued once, and delivered through the job queue.
    const reminder = (m: { to: string[]; raw: string }) =>
      m.to.includes('pm@demo.koers.nl') &&
      m.raw.replace(/=\r?\n/g, '').includes('Actie over datum (15 januari 2026): Schoolleiders in de stuurgroep');
    const queued = await app.db
      .selectFrom('outgoing_email')
      .select('id')
      .where('recipient_email', '=', 'pm@demo.koers.nl')
      .where('subject', 'like', '%Actie over datum (15 januari 2026): Schoolleiders in de stuurgroep%')
      .execute();
    expect(queued).toHaveLength(1);
    await mail.until((received) => received.some(reminder));
    expect(mail.mails.filter(reminder)).toHaveLength(1);
  });

  it('respects a person’s choice not to receive a kind of notice by email', async () => {
    const prefs = (await pm.inject({ method: 'GET', url: '/api/account/notice-preferences' })).json() as {
      kind: string;
      inApp: boolean;
      email: boolean;
    }[];
    const changed = prefs.map((p) => (p.kind === 'action_due_soon' ? { ...p, email: false } : p));
    const saved = await pm.inject({ method: 'PUT', url: '/api/account/notice-preferences', payload: changed });
    expect((saved.json() as typeof prefs).find((p) => p.kind === 'action_due_soon')).toMatchObject({
      inApp: true,
      email: false,
    });

    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await friend.inject({
      method: 'POST',
      url: `/api/partnerships/${twente}/actions`,
      payload: { description: 'Datagesprek voorbereiden', ownerId: pmId, dueOn: soon, supportType: 'other' },
    });
    const config = loadConfig({ NODE_ENV: 'test', SMTP_URL: mail.url });
    await raiseTimeReminders(app.db);
    await queueNoticeEmails(app.db, config);
    expect(
      (await inbox(pm)).items.some((n) => n.kind === 'action_due_soon' && n.title.nl.includes('Datagesprek')),
    ).toBe(true);
    // The new action's notice goes out by email; the due-soon reminder, switched off for email, is never queued.
    const subjects = (
      await app.db.selectFrom('outgoing_email').select('subject').where('subject', 'like', '%Datagesprek%').execute()
    ).map((r) => r.subject);
    expect(subjects.some((subject) => subject.includes('Nieuwe actie'))).toBe(true);
    expect(subjects.some((subject) => subject.includes('binnenkort'))).toBe(false);
    await mail.until((received) =>
      received.some((m) => m.raw.includes('Datagesprek') && m.raw.includes('Nieuwe actie')),
    );
  });
});
