import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ZContactRequest,
  ZContactRequestList,
  ZNetworkPortrait,
  ZPeerSuggestion,
  type TContactRequest,
  type TNetworkPortrait,
  type TPeerSuggestion,
} from '@koers/shared/network';
import type { TScenario } from '@koers/shared/partnerships';
import { ZAccountExport } from '@koers/shared/people';
import { createPerson, type TTestPerson } from '../../../test/fixtures.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { CONTACT_REQUESTS_PER_DAY } from './peer-contact.service.ts';

const THEME = 4;
const PORTRAIT = {
  description: 'Wij werken met datateams van school en opleiding samen.',
  sizeBand: 'medium',
  themesNow: [2],
  themesOffered: [THEME],
};

describe('network portraits and learning from a peer', () => {
  let app: FastifyInstance;
  const ids = {} as Record<'asker' | 'steady' | 'steadyC' | 'weak' | 'notOffering' | 'draft' | 'flagged', string>;
  const people = {} as Record<'pmAsker' | 'friendAsker' | 'board' | 'pmSteady' | 'pmSteadyC' | 'admin', TTestPerson>;
  const clients = {} as Record<keyof typeof people, TestClient>;
  let flagId: string;
  const periods: string[] = [];

  async function partnership(name: string, scenario: TScenario) {
    const { id } = await app.db
      .insertInto('partnership')
      .values({ name, region: 'Overal', sector: 'vo', scenario })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  /** Submitted quarters with the theme's scores, oldest first. */
  async function history(partnershipId: string, scores: number[]) {
    const version = await app.db
      .selectFrom('instrument_version')
      .select('id')
      .where('version', '=', 1)
      .executeTakeFirstOrThrow();
    for (const [i, score] of scores.entries()) {
      const periodId = periods[i] as string;
      const { id: assessmentId } = await app.db
        .insertInto('assessment')
        .values({ partnership_id: partnershipId, period_id: periodId, instrument_version_id: version.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      await app.db
        .insertInto('theme_summary')
        .values({
          partnership_id: partnershipId,
          period_id: periodId,
          theme_number: THEME,
          assessment_id: assessmentId,
          instrument_version_id: version.id,
          score,
          coverage: 1,
          dont_know_share: 0,
          perspective_scores: '{}',
          perspective_spread: 0,
          respondent_spread: 0,
          respondent_count: 3,
        })
        .execute();
    }
  }

  async function portrait(client: TestClient, partnershipId: string, publish: boolean, body: object = PORTRAIT) {
    expect(
      (await client.inject({ method: 'PUT', url: `/api/partnerships/${partnershipId}/portrait`, payload: body }))
        .statusCode,
    ).toBe(200);
    if (publish) {
      const res = await client.inject({
        method: 'PUT',
        url: `/api/partnerships/${partnershipId}/portrait/publication`,
      });
      expect(res.statusCode).toBe(200);
    }
  }

  const networkNames = async (client: TestClient, query = '') => {
    const res = await client.inject({ method: 'GET', url: `/api/network/portraits${query}` });
    expect(res.statusCode).toBe(200);
    return (res.json() as { items: TNetworkPortrait[] }).items.map((p) => ZNetworkPortrait.strict().parse(p).name);
  };

  const suggestions = async (client: TestClient) => {
    const res = await client.inject({ method: 'GET', url: `/api/flags/${flagId}/peer-suggestions` });
    expect(res.statusCode).toBe(200);
    return res;
  };

  const inboxKinds = async (client: TestClient) =>
    ((await client.inject({ method: 'GET', url: '/api/inbox' })).json() as { items: { kind: string }[] }).items.map(
      (n) => n.kind,
    );

  beforeAll(async () => {
    app = await buildTestApp();
    for (const [i, month] of ['01', '04', '07', '10'].entries()) {
      const { id } = await app.db
        .insertInto('period')
        .values({ code: `2190-Q${i + 1}`, opens_on: `2190-${month}-01`, due_on: `2190-${month}-21` })
        .returning('id')
        .executeTakeFirstOrThrow();
      periods.push(id);
    }
    ids.asker = await partnership('Vragend Partnerschap', 'B');
    ids.steady = await partnership('Standvastig Partnerschap', 'B');
    ids.steadyC = await partnership('Samen Leren C', 'C');
    ids.weak = await partnership('Wisselvallig Partnerschap', 'B');
    ids.notOffering = await partnership('Niet Aanbiedend', 'B');
    ids.draft = await partnership('Nog In Concept', 'B');
    ids.flagged = await partnership('Met Open Signaal', 'B');
    const board = await app.db
      .insertInto('organisation')
      .values({ name: 'Bestuur Vragend', kind: 'school_board' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await app.db
      .insertInto('partnership_member')
      .values({ partnership_id: ids.asker, organisation_id: board.id })
      .execute();

    people.pmAsker = await createPerson(app.db, [{ role: 'programme_manager', partnershipId: ids.asker }], {
      displayName: 'Petra Vragend',
    });
    people.friendAsker = await createPerson(app.db, [{ role: 'critical_friend', partnershipId: ids.asker }], {
      displayName: 'Frits Vriend',
    });
    people.board = await createPerson(app.db, [{ role: 'board_member', organisationId: board.id }]);
    people.pmSteady = await createPerson(app.db, [{ role: 'programme_manager', partnershipId: ids.steady }], {
      displayName: 'Sanne Standvastig',
    });
    people.pmSteadyC = await createPerson(app.db, [{ role: 'programme_manager', partnershipId: ids.steadyC }]);
    people.admin = await createPerson(app.db, [{ role: 'admin' }]);
    for (const [key, person] of Object.entries(people)) {
      clients[key as keyof typeof people] = await signedIn(app, person.email);
    }

    // Steady: three quarters at or above the attention threshold, no steep drop.
    await history(ids.steady, [3.5, 2.6, 3.0, 3.1]);
    await history(ids.steadyC, [2.5, 2.9, 3.2]);
    await history(ids.notOffering, [3.5, 3.5, 3.5]);
    await history(ids.draft, [3.5, 3.5, 3.5]);
    await history(ids.flagged, [3.5, 3.5, 3.5]);
    // Weak on the theme in one of its last three quarters.
    await history(ids.weak, [3.5, 2.4, 3.5]);

    const managerOf = async (partnershipId: string) =>
      signedIn(app, (await createPerson(app.db, [{ role: 'programme_manager', partnershipId }])).email);
    await portrait(clients.pmSteady, ids.steady, false);
    await portrait(clients.pmSteadyC, ids.steadyC, true);
    await portrait(await managerOf(ids.weak), ids.weak, true);
    await portrait(await managerOf(ids.notOffering), ids.notOffering, true, { ...PORTRAIT, themesOffered: [1, 2] });
    await portrait(await managerOf(ids.draft), ids.draft, false);
    await portrait(await managerOf(ids.flagged), ids.flagged, true);
    await app.db
      .insertInto('flag')
      .values({
        partnership_id: ids.flagged,
        period_id: periods[2] as string,
        theme_number: THEME,
        kind: 'declining',
        severity: 'attention',
        facts: '{}',
      })
      .execute();
    ({ id: flagId } = await app.db
      .insertInto('flag')
      .values({
        partnership_id: ids.asker,
        period_id: periods[3] as string,
        theme_number: THEME,
        kind: 'weak',
        severity: 'high',
        facts: JSON.stringify({ score: 1.8 }),
      })
      .returning('id')
      .executeTakeFirstOrThrow());
  });
  afterAll(() => app.close());

  describe('a portrait', () => {
    it('is invisible to other partnerships, their board members and critical friends until published', async () => {
      const own = await clients.pmSteady.inject({ method: 'GET', url: `/api/partnerships/${ids.steady}/portrait` });
      expect(own.json()).toMatchObject({ portrait: { name: 'Standvastig Partnerschap', publishedAt: null } });
      for (const client of [clients.pmAsker, clients.friendAsker, clients.board]) {
        expect(await networkNames(client)).not.toContain('Standvastig Partnerschap');
        expect((await client.inject({ method: 'GET', url: `/api/network/portraits/${ids.steady}` })).statusCode).toBe(
          404,
        );
        expect(
          (await client.inject({ method: 'GET', url: `/api/partnerships/${ids.steady}/portrait` })).statusCode,
        ).toBe(404);
      }
    });

    it('is visible to every role once published, with what the partnership says and no scores', async () => {
      const res = await clients.pmSteady.inject({
        method: 'PUT',
        url: `/api/partnerships/${ids.steady}/portrait/publication`,
      });
      expect(res.statusCode).toBe(200);
      for (const client of [clients.pmAsker, clients.friendAsker, clients.board, clients.admin]) {
        expect(await networkNames(client)).toContain('Standvastig Partnerschap');
        const one = await client.inject({ method: 'GET', url: `/api/network/portraits/${ids.steady}` });
        const parsed = ZNetworkPortrait.strict().parse(one.json());
        expect(parsed).toMatchObject({
          scenario: 'B',
          sizeBand: 'medium',
          themesOffered: [THEME],
          contactName: 'Sanne Standvastig',
        });
        expect(one.body).not.toMatch(/score|average|trend|sanne.*@/i);
      }
    });

    it('filters the network by scenario, sector and theme offered', async () => {
      expect(await networkNames(clients.board, '?scenario=C')).toEqual(['Samen Leren C']);
      expect(await networkNames(clients.board, '?theme=1')).toEqual(['Niet Aanbiedend']);
      expect(await networkNames(clients.board, '?sector=po')).toEqual([]);
    });

    it('is hidden again when an admin unpublishes it, and only its programme manager publishes it', async () => {
      const off = await clients.admin.inject({
        method: 'DELETE',
        url: `/api/partnerships/${ids.steady}/portrait/publication`,
      });
      expect(off.statusCode).toBe(200);
      expect(await networkNames(clients.pmAsker)).not.toContain('Standvastig Partnerschap');
      expect(
        (await clients.admin.inject({ method: 'PUT', url: `/api/partnerships/${ids.steady}/portrait/publication` }))
          .statusCode,
      ).toBe(403);
      expect(
        (await clients.pmAsker.inject({ method: 'PUT', url: `/api/partnerships/${ids.steady}/portrait/publication` }))
          .statusCode,
      ).toBe(404);
      const on = await clients.pmSteady.inject({
        method: 'PUT',
        url: `/api/partnerships/${ids.steady}/portrait/publication`,
      });
      expect(on.statusCode).toBe(200);
      expect(await networkNames(clients.pmAsker)).toContain('Standvastig Partnerschap');
    });
  });

  describe('peer suggestions for a weak theme', () => {
    it('name only partnerships that offered the theme on a published portrait and have been steady on it, same scenario first', async () => {
      for (const client of [clients.pmAsker, clients.friendAsker, clients.board]) {
        const res = await suggestions(client);
        const items = (res.json() as { items: TPeerSuggestion[] }).items.map((s) => ZPeerSuggestion.strict().parse(s));
        expect(items.map((s) => [s.name, s.sameScenario])).toEqual([
          ['Standvastig Partnerschap', true],
          ['Samen Leren C', false],
        ]);
      }
    });

    it('never reveal a score, an average or a trend', async () => {
      const res = await suggestions(clients.pmAsker);
      expect(res.body).not.toMatch(/score|average|median|trend|spread/i);
      for (const number of ['3.1', '3.2', '2.9', '2.6']) expect(res.body).not.toContain(number);
    });

    it('are for those who may see the flag only', async () => {
      const res = await clients.pmSteady.inject({ method: 'GET', url: `/api/flags/${flagId}/peer-suggestions` });
      expect(res.statusCode).toBe(404);
    });
  });

  describe('asking a peer for contact', () => {
    let request: TContactRequest;

    it('reaches the peer’s programme manager with a notice, and shows no contact before an answer', async () => {
      const res = await clients.friendAsker.inject({
        method: 'POST',
        url: `/api/flags/${flagId}/contact-requests`,
        payload: { partnershipId: ids.steady, message: 'Hoe hebben jullie de datagesprekken opgezet?' },
      });
      expect(res.statusCode).toBe(201);
      request = ZContactRequest.strict().parse(res.json());
      expect(request).toMatchObject({ status: 'open', contact: null, theme: THEME });
      expect(await inboxKinds(clients.pmSteady)).toContain('contact_request');
      const incoming = ZContactRequestList.parse(
        (
          await clients.pmSteady.inject({ method: 'GET', url: `/api/partnerships/${ids.steady}/contact-requests` })
        ).json(),
      ).incoming;
      expect(incoming.map((r) => [r.id, r.contact, r.message])).toEqual([
        [request.id, null, 'Hoe hebben jullie de datagesprekken opgezet?'],
      ]);
    });

    it('allows one open request per pair and theme, and only to a partnership that offered the theme', async () => {
      const again = await clients.pmAsker.inject({
        method: 'POST',
        url: `/api/flags/${flagId}/contact-requests`,
        payload: { partnershipId: ids.steady, message: 'Nogmaals: kunnen we eens bellen?' },
      });
      expect(again.statusCode).toBe(409);
      for (const partnershipId of [ids.notOffering, ids.draft, ids.asker]) {
        const res = await clients.pmAsker.inject({
          method: 'POST',
          url: `/api/flags/${flagId}/contact-requests`,
          payload: { partnershipId, message: 'Kunnen we eens kennismaken?' },
        });
        expect(res.statusCode).toBe(404);
      }
    });

    it('is answered by the asked partnership’s programme manager only', async () => {
      const url = `/api/partnerships/${ids.steady}/contact-requests/${request.id}/answer`;
      expect((await clients.friendAsker.inject({ method: 'POST', url, payload: { accept: true } })).statusCode).toBe(
        404,
      );
      expect((await clients.admin.inject({ method: 'POST', url, payload: { accept: true } })).statusCode).toBe(403);
      const wrongPartnership = `/api/partnerships/${ids.steadyC}/contact-requests/${request.id}/answer`;
      expect(
        (await clients.pmSteadyC.inject({ method: 'POST', url: wrongPartnership, payload: { accept: true } }))
          .statusCode,
      ).toBe(404);
    });

    it('shows both sides each other’s contact once accepted', async () => {
      const url = `/api/partnerships/${ids.steady}/contact-requests/${request.id}/answer`;
      const res = await clients.pmSteady.inject({ method: 'POST', url, payload: { accept: true, reply: 'Graag!' } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'accepted',
        contact: { name: 'Frits Vriend', email: people.friendAsker.email },
      });
      expect((await clients.pmSteady.inject({ method: 'POST', url, payload: { accept: false } })).statusCode).toBe(409);

      const outgoing = ZContactRequestList.parse(
        (
          await clients.pmAsker.inject({ method: 'GET', url: `/api/partnerships/${ids.asker}/contact-requests` })
        ).json(),
      ).outgoing;
      expect(outgoing[0]).toMatchObject({
        status: 'accepted',
        reply: 'Graag!',
        contact: { name: 'Sanne Standvastig', email: people.pmSteady.email },
      });
      const suggested = (await suggestions(clients.pmAsker)).json() as { items: TPeerSuggestion[] };
      expect(suggested.items[0]?.contactRequest?.status).toBe('accepted');
      expect(await inboxKinds(clients.friendAsker)).toContain('contact_answer');
    });

    it('shows the asker "declined" without a reason and without contact', async () => {
      const asked = await clients.pmAsker.inject({
        method: 'POST',
        url: `/api/flags/${flagId}/contact-requests`,
        payload: { partnershipId: ids.steadyC, message: 'Mogen we eens meekijken bij jullie?' },
      });
      const { id } = asked.json() as TContactRequest;
      const res = await clients.pmSteadyC.inject({
        method: 'POST',
        url: `/api/partnerships/${ids.steadyC}/contact-requests/${id}/answer`,
        payload: { accept: false },
      });
      expect(res.json()).toMatchObject({ status: 'declined', reply: null, contact: null });
      const outgoing = ZContactRequestList.parse(
        (
          await clients.pmAsker.inject({ method: 'GET', url: `/api/partnerships/${ids.asker}/contact-requests` })
        ).json(),
      ).outgoing;
      expect(outgoing.find((r) => r.id === id)).toMatchObject({ status: 'declined', contact: null });
    });

    it('is limited per asker per day', async () => {
      const asker = await createPerson(app.db, [{ role: 'programme_manager', partnershipId: ids.asker }]);
      await app.db
        .insertInto('contact_request')
        .values(
          Array.from({ length: CONTACT_REQUESTS_PER_DAY }, () => ({
            flag_id: flagId,
            asking_partnership_id: ids.asker,
            peer_partnership_id: ids.steadyC,
            theme_number: THEME,
            asked_by: asker.id,
            message: 'Eerder gevraagd',
            status: 'declined' as const,
          })),
        )
        .execute();
      const res = await (
        await signedIn(app, asker.email)
      ).inject({
        method: 'POST',
        url: `/api/flags/${flagId}/contact-requests`,
        payload: { partnershipId: ids.steadyC, message: 'Nog één keer, mag dat?' },
      });
      expect(res.statusCode).toBe(429);
    });

    it('is in the personal-data export of who asked and who answered, each with their own words only', async () => {
      const exportOf = async (client: TestClient) =>
        ZAccountExport.parse((await client.inject({ method: 'GET', url: '/api/account/export' })).json())
          .contactRequests;
      expect((await exportOf(clients.friendAsker)).find((r) => r.id === request.id)).toMatchObject({
        askedByMe: true,
        message: 'Hoe hebben jullie de datagesprekken opgezet?',
        reply: null,
      });
      expect((await exportOf(clients.pmSteady)).find((r) => r.id === request.id)).toMatchObject({
        answeredByMe: true,
        message: null,
        reply: 'Graag!',
      });
    });

    it('loses the words its writer wrote when that person is erased, and keeps the request', async () => {
      const res = await clients.admin.inject({ method: 'POST', url: `/api/people/${people.pmSteady.id}/erasure` });
      expect(res.statusCode).toBe(200);
      const erased = await clients.admin.inject({
        method: 'POST',
        url: `/api/people/${people.friendAsker.id}/erasure`,
      });
      expect(erased.statusCode).toBe(200);
      const row = await app.db
        .selectFrom('contact_request')
        .select(['message', 'reply', 'status'])
        .where('id', '=', request.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ message: '', reply: null, status: 'accepted' });
    });
  });
});
