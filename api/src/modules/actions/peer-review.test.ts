import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAction, type TAction } from '@koers/shared/follow-up';
import { partnershipIdByName } from '../../../test/fixtures.ts';
import { inbox } from '../../../test/follow-up-client.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { DEMO_PASSWORD } from '../../demo/demo-people.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';

describe('a peer review between two partnerships, tracked as an action of both', () => {
  let app: FastifyInstance;
  let friend: TestClient; // critical friend of Twente and Amstel-Oost (and three more)
  let twentePm: TestClient;
  let amstelPm: TestClient;
  let thirdPm: TestClient; // Gelderse Vallei: neither side
  let twente: string;
  let amstel: string;
  let friendId: string;

  const plan = async (client: TestClient, partnershipId: string) =>
    (
      (await client.inject({ method: 'GET', url: `/api/partnerships/${partnershipId}/actions` })).json() as {
        items: unknown[];
      }
    ).items.map((a) => ZAction.parse(a));
  const create = (client: TestClient, payload: object) =>
    client.inject({
      method: 'POST',
      url: `/api/partnerships/${twente}/actions`,
      payload: {
        description: 'Peer review op data en feedback',
        dueOn: '2042-05-01',
        supportType: 'peer_review',
        ...payload,
      },
    });

  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    twente = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    amstel = await partnershipIdByName(app.db, 'Samen Opleiden Amstel-Oost');
    friend = await signedIn(app, 'friend@demo.koers.nl', DEMO_PASSWORD);
    twentePm = await signedIn(app, 'pm@demo.koers.nl', DEMO_PASSWORD);
    amstelPm = await signedIn(app, 'amstel@demo.koers.nl', DEMO_PASSWORD);
    thirdPm = await signedIn(app, 'vallei@demo.koers.nl', DEMO_PASSWORD);
    friendId = (
      await app.db
        .selectFrom('person')
        .select('id')
        .where('email', '=', 'friend@demo.koers.nl')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => app.close());

  it('creates the action in both partnerships, each naming the other and showing its status', async () => {
    const res = await create(friend, { ownerId: friendId, peerPartnershipId: amstel, theme: 4 });
    expect(res.statusCode).toBe(201);
    const own = ZAction.parse(res.json());
    expect(own.peerReview).toMatchObject({
      partnership: { id: amstel, name: 'Samen Opleiden Amstel-Oost' },
      status: 'open',
    });

    const counterpart = (await plan(amstelPm, amstel)).find((a) => a.id === own.peerReview?.actionId) as TAction;
    expect(counterpart).toMatchObject({
      partnershipId: amstel,
      description: own.description,
      dueOn: '2042-05-01',
      supportType: 'peer_review',
      peerReview: { partnership: { id: twente, name: 'Partnerschap Twente Leert' }, actionId: own.id, status: 'open' },
    });
    expect((await plan(twentePm, twente)).some((a) => a.id === own.id)).toBe(true);
    // Amstel-Oost's programme manager owns their side and hears of it.
    expect((await inbox(amstelPm)).items.map((n) => n.title.nl)).toEqual(
      expect.arrayContaining([expect.stringContaining('Peer review met Partnerschap Twente Leert gepland')]),
    );

    // Progress stays per side; each sees how far the other is.
    const progressed = await amstelPm.inject({
      method: 'POST',
      url: `/api/actions/${counterpart.id}/progress`,
      payload: { text: 'Datum geprikt met Twente', status: 'in_progress' },
    });
    expect(ZAction.parse(progressed.json()).status).toBe('in_progress');
    const ownAfter = (await plan(twentePm, twente)).find((a) => a.id === own.id);
    expect(ownAfter).toMatchObject({ status: 'open', notes: [], peerReview: { status: 'in_progress' } });

    // A third partnership sees neither side.
    expect((await thirdPm.inject({ method: 'GET', url: `/api/partnerships/${twente}/actions` })).statusCode).toBe(404);
    expect((await thirdPm.inject({ method: 'GET', url: `/api/partnerships/${amstel}/actions` })).statusCode).toBe(404);
  });

  it('takes as the other side only a partnership the person works with, and only for a peer review', async () => {
    const pmId = (
      await app.db.selectFrom('person').select('id').where('email', '=', 'pm@demo.koers.nl').executeTakeFirstOrThrow()
    ).id;
    expect((await create(twentePm, { ownerId: pmId, peerPartnershipId: amstel })).statusCode).toBe(400);
    expect((await create(friend, { ownerId: friendId, peerPartnershipId: twente })).statusCode).toBe(400);
    expect(
      (await create(friend, { ownerId: friendId, peerPartnershipId: amstel, supportType: 'masterclass' })).statusCode,
    ).toBe(400);
  });
});
