import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAction, ZFlagDetail } from '@koers/shared/follow-up';
import { createFlag, partnershipIdByName } from '../../../test/fixtures.ts';
import { inbox, wholeReviewQueue } from '../../../test/follow-up-client.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { DEMO_PASSWORD } from '../../demo/demo-people.ts';

describe('following a flag up: acknowledgement, actions, closure', () => {
  let app: FastifyInstance;
  let friend: TestClient;
  let pm: TestClient;
  let twente: string;
  let pmId: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    twente = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    friend = await signedIn(app, 'friend@demo.koers.nl', DEMO_PASSWORD);
    pm = await signedIn(app, 'pm@demo.koers.nl', DEMO_PASSWORD);
    pmId = (
      await app.db.selectFrom('person').select('id').where('email', '=', 'pm@demo.koers.nl').executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => app.close());

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
    const item = (await wholeReviewQueue(friend)).find(
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
    expect((await wholeReviewQueue(friend)).map((i) => i.flag.id)).not.toContain(flagId);
  });

  it('closes a flag without actions only with a reason', async () => {
    const item = (await wholeReviewQueue(friend))[0];
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

  it('records every flag and action change in the audit log', async () => {
    const actions = await app.db
      .selectFrom('audit_log')
      .select('action')
      .where('partnership_id', '=', twente)
      .execute();
    for (const expected of ['flag.acknowledged', 'action.created', 'action.progress', 'flag.closed']) {
      expect(actions.map((a) => a.action)).toContain(expected);
    }
  });
});
