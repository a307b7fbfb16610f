import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAction, ZFlagDetail, ZReview, ZReviewQueue, type TQueueItem } from '@koers/shared/follow-up';
import { loadConfig } from '../../config.ts';
import { createMailer } from '../../mail/mailer.ts';
import { createFlag, partnershipIdByName } from '../../../test/fixtures.ts';
import { startMailCatcher } from '../../../test/mail-catcher.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { sendReminders } from '../notices/notices.service.ts';

const DEMO = 'koers-demo-2026';

describe('critical-friend follow-up', () => {
  let app: FastifyInstance;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;
  let friend: TestClient;
  let pm: TestClient;
  let twente: string;
  let pmId: string;

  beforeAll(async () => {
    mail = await startMailCatcher();
    app = await buildTestApp({ env: { SMTP_URL: mail.url } });
    await seedDemoData(app.db);
    twente = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    friend = await signedIn(app, 'friend@demo.koers.nl', DEMO);
    pm = await signedIn(app, 'pm@demo.koers.nl', DEMO);
    pmId = (
      await app.db.selectFrom('person').select('id').where('email', '=', 'pm@demo.koers.nl').executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  const queuePage = async (client: TestClient, query = '') => {
    const res = await client.inject({ method: 'GET', url: `/api/review-queue${query}` });
    expect(res.statusCode).toBe(200);
    return ZReviewQueue.parse(res.json());
  };
  /** The whole queue: the demo friend's fits on one page of the largest size. */
  const queue = async (client: TestClient): Promise<TQueueItem[]> => {
    const { items, total } = await queuePage(client, '?pageSize=100');
    expect(items).toHaveLength(total);
    return items;
  };
  const inbox = async (client: TestClient) =>
    (await client.inject({ method: 'GET', url: '/api/inbox' })).json() as {
      items: { kind: string; title: { nl: string; en: string } }[];
      unread: number;
    };

  it('queues the open flags of the friend’s own partnerships, most severe and oldest first', async () => {
    const items = await queue(friend);
    const names = new Set(items.map((i) => i.partnership.name));
    expect(names).toContain('Partnerschap Twente Leert');
    expect(names).not.toContain('Samen Opleiden Zeeland');
    const severities = items.map((i) => i.flag.severity);
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'high' ? -1 : 1)));
    expect(items.every((i) => i.newSinceLastReview)).toBe(true);
    const pmQueue = await pm.inject({ method: 'GET', url: '/api/review-queue' });
    expect(pmQueue.statusCode).toBe(403);
  });

  it('hands the queue out in pages that together hold every open flag once, in the same order', async () => {
    const whole = await queue(friend);
    expect(whole.length).toBeGreaterThan(5);
    const pages = [];
    for (let page = 1; page <= Math.ceil(whole.length / 4); page++) {
      const { items, total } = await queuePage(friend, `?page=${page}&pageSize=4`);
      expect(total).toBe(whole.length);
      expect(items.length).toBeLessThanOrEqual(4);
      pages.push(...items);
    }
    expect(pages.map((i) => i.flag.id)).toEqual(whole.map((i) => i.flag.id));
    expect(await queuePage(friend, `?page=${Math.ceil(whole.length / 4) + 1}&pageSize=4`)).toEqual({
      items: [],
      total: whole.length,
    });
    expect((await queuePage(friend)).items).toEqual(whole.slice(0, 25));
    const tooLarge = await friend.inject({ method: 'GET', url: '/api/review-queue?pageSize=101' });
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.json()).toMatchObject({ details: [{ path: 'querystring.pageSize' }] });
  });

  it('acknowledges and closes a flag once, also when the button is pressed twice at the same moment', async () => {
    const flagId = await createFlag(app.db, twente);
    const twice = (url: string, payload?: object) =>
      Promise.all([1, 2].map(() => friend.inject({ method: 'POST', url, ...(payload ? { payload } : {}) })));
    const acks = await twice(`/api/flags/${flagId}/acknowledgement`);
    expect(acks.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const closes = await twice(`/api/flags/${flagId}/closure`, { resolution: 'Besproken met de stuurgroep' });
    expect(closes.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const events = await app.db.selectFrom('flag_event').select('event').where('flag_id', '=', flagId).execute();
    expect(events.map((e) => e.event).sort()).toEqual(['acknowledged', 'closed']);
  });

  it('takes a flag from acknowledgement through an action to closure, and the history shows every step', async () => {
    const item = (await queue(friend)).find(
      (i) => i.partnership.name === 'Partnerschap Twente Leert' && i.flag.kind === 'weak' && i.flag.theme === 4,
    );
    expect(item).toBeDefined();
    const flagId = item?.flag.id ?? '';

    const acknowledged = ZFlagDetail.parse(
      (await friend.inject({ method: 'POST', url: `/api/flags/${flagId}/acknowledgement` })).json(),
    );
    expect(acknowledged.flag.status).toBe('acknowledged');

    const dueOn = new Date(Date.now() + 42 * 86_400_000).toISOString().slice(0, 10);
    const created = await friend.inject({
      method: 'POST',
      url: `/api/partnerships/${twente}/actions`,
      payload: {
        theme: 4,
        description: 'Peer review met een ander partnerschap',
        ownerId: pmId,
        dueOn,
        supportType: 'peer_review',
        flagIds: [flagId],
      },
    });
    expect(created.statusCode).toBe(201);
    const action = ZAction.parse(created.json());
    expect(action).toMatchObject({
      status: 'open',
      overdue: false,
      flags: [{ id: flagId, kind: 'weak', theme: 4 }],
      owner: { name: 'Priya Manders' },
    });

    // The programme manager sees it in the action plan and in the inbox.
    const plan = (await pm.inject({ method: 'GET', url: `/api/partnerships/${twente}/actions` })).json() as {
      items: { id: string }[];
    };
    expect(plan.items.map((a) => a.id)).toContain(action.id);
    expect((await inbox(pm)).items.map((n) => n.kind)).toContain('action_new');

    // Not closable yet without a reason: its action is still open.
    const early = await friend.inject({ method: 'POST', url: `/api/flags/${flagId}/closure`, payload: {} });
    expect(early.statusCode).toBe(409);

    const done = await pm.inject({
      method: 'POST',
      url: `/api/actions/${action.id}/progress`,
      payload: { text: 'Peer review gehouden met Opleidingsschool Noorderlicht', status: 'done' },
    });
    expect(ZAction.parse(done.json())).toMatchObject({
      status: 'done',
      notes: [{ author: 'Priya Manders', statusChange: 'done' }],
    });

    const closed = ZFlagDetail.parse(
      (await friend.inject({ method: 'POST', url: `/api/flags/${flagId}/closure`, payload: {} })).json(),
    );
    expect(closed.flag.status).toBe('closed');
    expect(closed.history.map((h) => h.event)).toEqual(['raised', 'acknowledged', 'action_linked', 'closed']);
    expect(closed.history.slice(1).every((h) => h.actor === 'Frank Vriend')).toBe(true);
    expect((await queue(friend)).map((i) => i.flag.id)).not.toContain(flagId);
  });

  it('closes a flag without actions only with a reason', async () => {
    const item = (await queue(friend))[0];
    const flagId = item?.flag.id ?? '';
    expect((await friend.inject({ method: 'POST', url: `/api/flags/${flagId}/closure`, payload: {} })).statusCode).toBe(
      409,
    );
    const closed = await friend.inject({
      method: 'POST',
      url: `/api/flags/${flagId}/closure`,
      payload: { resolution: 'Besproken in de stuurgroep; geen actie nodig' },
    });
    expect(ZFlagDetail.parse(closed.json()).flag.resolution).toBe('Besproken in de stuurgroep; geen actie nodig');
  });

  it('never lets a critical friend change scores, and hides other partnerships’ flags and actions', async () => {
    const zeeland = await partnershipIdByName(app.db, 'Samen Opleiden Zeeland');
    const zeelandFlag = await app.db
      .selectFrom('flag')
      .select('id')
      .where('partnership_id', '=', zeeland)
      .executeTakeFirstOrThrow();
    expect((await friend.inject({ method: 'GET', url: `/api/flags/${zeelandFlag.id}` })).statusCode).toBe(404);
    expect((await friend.inject({ method: 'GET', url: `/api/partnerships/${zeeland}/actions` })).statusCode).toBe(404);
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
    const queueItems = await queue(friend);
    expect(queueItems.length).toBeGreaterThan(0);

    const config = loadConfig({ NODE_ENV: 'test', SMTP_URL: mail.url });
    // Twice at the same moment, as two instances' hourly runs would.
    await Promise.all([1, 2].map(() => sendReminders(app.db, createMailer(config, app.log), config, app.log)));

    const overdue = (await inbox(pm)).items.filter(
      (n) => n.kind === 'action_overdue' && n.title.nl.includes('Schoolleiders in de stuurgroep'),
    );
    expect(overdue).toHaveLength(1);
    // The date as people write it, not as the database stores it.
    expect(overdue[0]?.title).toEqual({
      nl: 'Actie over datum (15 januari 2026): Schoolleiders in de stuurgroep',
      en: 'Action past its due date (January 15, 2026): Schoolleiders in de stuurgroep',
    });
    // The reminder's mail (quoted-printable soft breaks undone), not the one about the new action.
    const mails = mail.mails.filter(
      (m) =>
        m.to.includes('pm@demo.koers.nl') &&
        m.raw
          .replace(/=\r?\n/g, '')
          .includes('Action past its due date (January 15, 2026): Schoolleiders in de stuurgroep'),
    );
    expect(mails.length).toBe(1);
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
    await sendReminders(app.db, createMailer(config, app.log), config, app.log);
    expect(
      (await inbox(pm)).items.some((n) => n.kind === 'action_due_soon' && n.title.nl.includes('Datagesprek')),
    ).toBe(true);
    // The new action's notice goes out by email; the due-soon reminder, switched off for email, does not.
    const datagesprek = mail.mails.filter((m) => m.raw.includes('Datagesprek'));
    expect(datagesprek.some((m) => m.raw.includes('Nieuwe actie'))).toBe(true);
    expect(datagesprek.some((m) => m.raw.includes('binnenkort'))).toBe(false);
  });

  it('lets the friend review a submitted assessment; the manager is told and responds; board members see the summary only when shared', async () => {
    const assessment = await app.db
      .selectFrom('assessment as a')
      .innerJoin('period as p', 'p.id', 'a.period_id')
      .select('a.id')
      .where('a.partnership_id', '=', twente)
      .where('p.code', '=', '2026-Q3')
      .executeTakeFirstOrThrow();
    const written = await friend.inject({
      method: 'PUT',
      url: `/api/assessments/${assessment.id}/review`,
      payload: {
        summary: 'Goede stappen; data blijven achter.',
        questionBehind: 'Wie is eigenaar van de data?',
        themeRemarks: [{ theme: 4, remark: 'Plan een datagesprek.' }],
      },
    });
    expect(written.statusCode).toBe(200);
    expect((await inbox(pm)).items.map((n) => n.kind)).toContain('review_new');

    const responded = await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessment.id}/review/response`,
      payload: { text: 'Dank; we plannen het gesprek.' },
    });
    expect(ZReview.parse(responded.json()).response).toMatchObject({
      text: 'Dank; we plannen het gesprek.',
      by: 'Priya Manders',
    });
    expect(
      (
        await pm.inject({
          method: 'PUT',
          url: `/api/assessments/${assessment.id}/review`,
          payload: { summary: 'Eigen review' },
        })
      ).statusCode,
    ).toBe(403);

    const board = await signedIn(app, 'board@demo.koers.nl', DEMO);
    const hidden = ZReview.parse(
      (
        (await board.inject({ method: 'GET', url: `/api/assessments/${assessment.id}/review` })).json() as {
          review: unknown;
        }
      ).review,
    );
    expect(hidden).toMatchObject({ summary: null, questionBehind: null, themeRemarks: [], author: 'Frank Vriend' });
    expect(
      (
        await board.inject({
          method: 'PUT',
          url: `/api/partnerships/${twente}/sharing`,
          payload: { sharesWithBoard: true },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await pm.inject({
          method: 'PUT',
          url: `/api/partnerships/${twente}/sharing`,
          payload: { sharesWithBoard: true },
        })
      ).statusCode,
    ).toBe(200);
    const shared = ZReview.parse(
      (
        (await board.inject({ method: 'GET', url: `/api/assessments/${assessment.id}/review` })).json() as {
          review: unknown;
        }
      ).review,
    );
    expect(shared.summary).toBe('Goede stappen; data blijven achter.');
  });

  it('records every follow-up change in the audit log', async () => {
    const actions = await app.db
      .selectFrom('audit_log')
      .select('action')
      .where('partnership_id', '=', twente)
      .execute();
    for (const expected of [
      'flag.acknowledged',
      'action.created',
      'action.progress',
      'flag.closed',
      'review.written',
      'review.responded',
      'partnership.sharing',
    ]) {
      expect(actions.map((a) => a.action)).toContain(expected);
    }
  });
});
