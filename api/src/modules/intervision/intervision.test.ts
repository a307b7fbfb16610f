import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAction } from '@koers/shared/follow-up';
import { ZIntervisionGroup, ZIntervisionRoundDetail, type TIntervisionRoundDetail } from '@koers/shared/intervision';
import { ZCalendarFeedCreated } from '@koers/shared/calendar-feed';
import { ZAccountExport } from '@koers/shared/people';
import { createPerson } from '../../../test/fixtures.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';

const BOARDS = 4;
const SIGN_UPS = 12;

/**
 * A round of twelve programme managers from twelve partnerships, three on each of four school boards.
 * Two groups of six are the only sizes twelve allows, and a group can hold one partnership of each board
 * at most four times: every board must have two partnerships together in one group, never three.
 */
describe('intervision rounds and groups', () => {
  let app: FastifyInstance;
  let facilitator: TestClient;
  let admin: TestClient;
  let outsider: TestClient;
  const managers: { id: string; client: TestClient; partnershipId: string; boardId: string }[] = [];
  let roundId = '';

  beforeAll(async () => {
    app = await buildTestApp();
    const boards = [];
    for (let b = 0; b < BOARDS; b++) {
      boards.push(
        await app.db
          .insertInto('organisation')
          .values({ name: `Intervisiebestuur ${b}`, kind: 'school_board', parent_id: null })
          .returning('id')
          .executeTakeFirstOrThrow(),
      );
    }
    for (let i = 0; i < SIGN_UPS; i++) {
      const boardId = boards[i % BOARDS]?.id ?? '';
      const { id: partnershipId } = await app.db
        .insertInto('partnership')
        .values({ name: `Intervisiepartnerschap ${i}`, region: 'Test', sector: 'po', scenario: 'B' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await app.db
        .insertInto('partnership_member')
        .values({ partnership_id: partnershipId, organisation_id: boardId })
        .execute();
      const person = await createPerson(app.db, [{ role: 'programme_manager', partnershipId }], {
        displayName: `Coördinator ${i}`,
      });
      managers.push({ id: person.id, client: await signedIn(app, person.email), partnershipId, boardId });
    }
    const firstPartnership = managers[0]?.partnershipId ?? '';
    facilitator = await signedIn(
      app,
      (await createPerson(app.db, [{ role: 'critical_friend', partnershipId: firstPartnership }])).email,
    );
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
    outsider = await signedIn(
      app,
      (await createPerson(app.db, [{ role: 'programme_manager', partnershipId: firstPartnership }])).email,
    );
  });
  afterAll(() => app.close());

  const detail = async (client: TestClient, id = roundId) => {
    const res = await client.inject({ method: 'GET', url: `/api/intervision/rounds/${id}` });
    expect(res.statusCode).toBe(200);
    return ZIntervisionRoundDetail.parse(res.json());
  };
  /** The sessions in a person's calendar feed, parsed back as a calendar app reads them. */
  const sessionsInFeed = async (client: TestClient) => {
    const made = await client.inject({
      method: 'POST',
      url: '/api/account/calendar-feed',
      payload: { language: 'nl' },
    });
    const feed = await app.inject({
      method: 'GET',
      url: new URL(ZCalendarFeedCreated.parse(made.json()).url).pathname,
    });
    expect(feed.statusCode).toBe(200);
    return new ICAL.Component(ICAL.parse(feed.body))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component))
      .filter((event) => event.uid.startsWith('intervision-session-'))
      .map((event) => ({
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        location: event.location,
      }));
  };
  const groupOf = (round: TIntervisionRoundDetail, personId: string) =>
    round.groups.find((g) => g.members.some((m) => m.person.id === personId));

  it('lets a critical friend open a round and programme managers sign up with their dilemma', async () => {
    const opened = await facilitator.inject({
      method: 'POST',
      url: '/api/intervision/rounds',
      payload: {
        theme: 2,
        title: 'Mandaat van de coördinator',
        invitation: 'Neem je grootste dilemma mee.',
        signUpDeadline: '2999-12-31',
      },
    });
    expect(opened.statusCode).toBe(201);
    roundId = ZIntervisionRoundDetail.parse(opened.json()).id;

    for (const [i, m] of managers.entries()) {
      const res = await m.client.inject({
        method: 'PUT',
        url: `/api/intervision/rounds/${roundId}/sign-up`,
        payload: {
          partnershipId: m.partnershipId,
          dilemma: `Dilemma van coördinator ${i}`,
          case: i === 0 ? 'Casus' : null,
        },
      });
      expect(res.statusCode).toBe(200);
      expect(ZIntervisionRoundDetail.parse(res.json()).mySignUp?.dilemma).toBe(`Dilemma van coördinator ${i}`);
    }
    // Only for a partnership of one's own.
    const other = await managers[1]?.client.inject({
      method: 'PUT',
      url: `/api/intervision/rounds/${roundId}/sign-up`,
      payload: { partnershipId: managers[0]?.partnershipId, dilemma: 'Niet het mijne' },
    });
    expect(other?.statusCode).toBe(400);
    // A critical friend facilitates; signing up is for programme managers.
    const byFriend = await facilitator.inject({
      method: 'PUT',
      url: `/api/intervision/rounds/${roundId}/sign-up`,
      payload: { partnershipId: managers[0]?.partnershipId, dilemma: 'Ik doe mee' },
    });
    expect(byFriend.statusCode).toBe(403);
  });

  it('shows dilemmas before grouping only to their author and the facilitator', async () => {
    expect((await detail(facilitator)).signUps).toHaveLength(SIGN_UPS);
    const own = await detail(managers[0]?.client ?? facilitator);
    expect(own.signUps.map((s) => s.person.id)).toEqual([managers[0]?.id]);
    expect((await detail(outsider)).signUps).toEqual([]);
    // An admin who does not facilitate the round reads no dilemma either.
    const asAdmin = await detail(admin);
    expect(asAdmin.signUps).toEqual([]);
    expect(asAdmin.signUpCount).toBe(SIGN_UPS);
  });

  it('proposes groups of five to eight with no board three times in a group', async () => {
    const res = await facilitator.inject({ method: 'POST', url: `/api/intervision/rounds/${roundId}/proposal` });
    expect(res.statusCode).toBe(200);
    const round = ZIntervisionRoundDetail.parse(res.json());
    expect(round.groups.map((g) => g.members.length)).toEqual([6, 6]);
    const boardOf = new Map(managers.map((m) => [m.partnershipId, m.boardId]));
    for (const group of round.groups) {
      const perBoard = new Map<string, number>();
      for (const m of group.members) {
        const board = boardOf.get(m.partnership.id) ?? '';
        perBoard.set(board, (perBoard.get(board) ?? 0) + 1);
      }
      // Six people on four boards: two boards twice, never one board three times (a 2 + 1 split avoids it).
      expect([...perBoard.values()].sort()).toEqual([1, 1, 2, 2]);
      expect(group.boardClashes).toBe(2);
      // The facilitator sees the dilemmas side by side.
      expect(group.members.every((m) => m.dilemma.startsWith('Dilemma van coördinator'))).toBe(true);
    }
  });

  it('lets the facilitator move people and choose a case, but never two of one partnership in a group', async () => {
    const round = await detail(facilitator);
    const [first, second] = round.groups;
    if (!first || !second) throw new Error('expected two groups');
    const moved = first.members[0]?.id ?? '';
    const arrangement = {
      groups: [
        { signUpIds: first.members.slice(1).map((m) => m.id), chosenSignUpId: first.members[1]?.id },
        { signUpIds: [...second.members.map((m) => m.id), moved], chosenSignUpId: moved },
      ],
    };
    const res = await facilitator.inject({
      method: 'PUT',
      url: `/api/intervision/rounds/${roundId}/groups`,
      payload: arrangement,
    });
    expect(res.statusCode).toBe(200);
    const arranged = ZIntervisionRoundDetail.parse(res.json());
    expect(arranged.groups.map((g) => g.members.length)).toEqual([5, 7]);
    expect(arranged.groups[1]?.chosenSignUpId).toBe(moved);

    const twice = await facilitator.inject({
      method: 'PUT',
      url: `/api/intervision/rounds/${roundId}/groups`,
      payload: { groups: [{ signUpIds: [moved, moved], chosenSignUpId: null }] },
    });
    expect(twice.statusCode).toBe(400);
    // Only the round's facilitator arranges it: before the body is even read.
    const byAdmin = await admin.inject({
      method: 'PUT',
      url: `/api/intervision/rounds/${roundId}/groups`,
      payload: { malformed: true },
    });
    expect(byAdmin.statusCode).toBe(403);
  });

  it('confirms the groups and notifies every participant of theirs', async () => {
    const res = await facilitator.inject({ method: 'POST', url: `/api/intervision/rounds/${roundId}/confirmation` });
    expect(res.statusCode).toBe(200);
    expect(ZIntervisionRoundDetail.parse(res.json()).status).toBe('confirmed');
    const notices = await app.db
      .selectFrom('notice')
      .select('person_id')
      .where('kind', '=', 'intervision_group')
      .execute();
    expect(notices.map((n) => n.person_id).sort()).toEqual(managers.map((m) => m.id).sort());
    // Sign-up is closed once the groups stand.
    const late = await outsider.inject({
      method: 'PUT',
      url: `/api/intervision/rounds/${roundId}/sign-up`,
      payload: { partnershipId: managers[0]?.partnershipId, dilemma: 'Te laat' },
    });
    expect(late.statusCode).toBe(409);
  });

  it('keeps what is said in a group in the group', async () => {
    const round = await detail(facilitator);
    const member = managers[0];
    if (!member) throw new Error('no member');
    const own = groupOf(round, member.id);
    const other = round.groups.find((g) => g !== own);
    if (!own || !other) throw new Error('expected two groups');

    const seen = await detail(member.client);
    expect(seen.groups.map((g) => g.id)).toEqual([own.id]);
    expect(seen.groups[0]?.members.map((m) => m.dilemma).sort()).toEqual(own.members.map((m) => m.dilemma).sort());
    const ownGroup = await member.client.inject({ method: 'GET', url: `/api/intervision/groups/${own.id}` });
    expect(ZIntervisionGroup.parse(ownGroup.json()).members).toHaveLength(own.members.length);

    for (const client of [member.client, outsider, admin]) {
      const res = await client.inject({ method: 'GET', url: `/api/intervision/groups/${other.id}` });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Dilemma');
    }
    for (const client of [outsider, admin]) {
      const view = await detail(client);
      expect(view.groups).toEqual([]);
      expect(view.signUps).toEqual([]);
    }
  });

  it('lets the facilitator plan sessions, and a participant turn a take-away into an action of their own', async () => {
    const member = managers[0];
    if (!member) throw new Error('no member');
    const group = groupOf(await detail(facilitator), member.id);
    if (!group) throw new Error('no group');
    const planned = await facilitator.inject({
      method: 'POST',
      url: `/api/intervision/groups/${group.id}/sessions`,
      payload: { startsAt: '2999-01-15T13:00:00Z', endsAt: '2999-01-15T15:30:00Z', place: 'https://video.example/x' },
    });
    expect(planned.statusCode).toBe(201);
    expect(ZIntervisionGroup.parse(planned.json()).sessions).toEqual([
      expect.objectContaining({ startsAt: '2999-01-15T13:00:00.000Z', place: 'https://video.example/x' }),
    ]);
    const byMember = await member.client.inject({
      method: 'POST',
      url: `/api/intervision/groups/${group.id}/sessions`,
      payload: { startsAt: '2999-01-16T13:00:00Z', endsAt: '2999-01-16T15:00:00Z' },
    });
    expect(byMember.statusCode).toBe(403);

    // In the calendar feeds of the group's members and its facilitator, with a UID that names the session.
    const [session] = ZIntervisionGroup.parse(planned.json()).sessions;
    const event = {
      uid: `intervision-session-${session?.id}@localhost`,
      summary: 'Intervisie: Mandaat van de coördinator (groep ' + String(group.number) + ')',
      start: '2999-01-15T13:00:00.000Z',
      end: '2999-01-15T15:30:00.000Z',
      location: 'https://video.example/x',
    };
    expect(await sessionsInFeed(member.client)).toEqual([event]);
    expect(await sessionsInFeed(facilitator)).toEqual([event]);
    const stranger = managers.find((m) => !group.members.some((g) => g.person.id === m.id));
    expect(await sessionsInFeed(stranger?.client ?? outsider)).toEqual([]);

    const taken = await member.client.inject({
      method: 'POST',
      url: `/api/intervision/groups/${group.id}/take-aways`,
      payload: { description: 'Schoolleiders uitnodigen in de stuurgroep', dueOn: '2999-03-01' },
    });
    expect(taken.statusCode).toBe(201);
    const action = ZAction.parse(taken.json());
    expect(action).toMatchObject({ partnershipId: member.partnershipId, supportType: 'intervision', theme: 2 });
    expect(action.owner.id).toBe(member.id);
    const link = await app.db
      .selectFrom('intervision_take_away')
      .select('group_id')
      .where('action_id', '=', action.id)
      .executeTakeFirst();
    expect(link?.group_id).toBe(group.id);

    const notMine = await stranger?.client.inject({
      method: 'POST',
      url: `/api/intervision/groups/${group.id}/take-aways`,
      payload: { description: 'Niet mijn groep', dueOn: '2999-03-01' },
    });
    expect(notMine?.statusCode).toBe(404);
  });

  it('avoids every board clash where a split allows it: two per board and four without a board', async () => {
    // Twelve more partnerships: two on each of the four boards, four with only an institute among their
    // members. Two groups of six can then hold each board once: the proposal must find that split.
    const boards = await app.db
      .selectFrom('organisation')
      .select('id')
      .where('name', 'like', 'Intervisiebestuur %')
      .orderBy('name')
      .execute();
    const { id: institute } = await app.db
      .insertInto('organisation')
      .values({ name: 'Intervisie-instituut', kind: 'institute', parent_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const people: { client: TestClient; partnershipId: string; boardId: string | null }[] = [];
    for (let i = 0; i < SIGN_UPS; i++) {
      const boardId = i < 8 ? (boards[i % BOARDS]?.id ?? null) : null;
      const { id: partnershipId } = await app.db
        .insertInto('partnership')
        .values({ name: `Tweede intervisiepartnerschap ${i}`, region: 'Test', sector: 'vo', scenario: 'C' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await app.db
        .insertInto('partnership_member')
        .values({ partnership_id: partnershipId, organisation_id: boardId ?? institute })
        .execute();
      const person = await createPerson(app.db, [{ role: 'programme_manager', partnershipId }]);
      people.push({ client: await signedIn(app, person.email), partnershipId, boardId });
    }
    const opened = await facilitator.inject({
      method: 'POST',
      url: '/api/intervision/rounds',
      payload: { theme: 4, title: 'Datagesprekken', signUpDeadline: '2999-12-31' },
    });
    const secondRound = ZIntervisionRoundDetail.parse(opened.json()).id;
    for (const p of people) {
      const res = await p.client.inject({
        method: 'PUT',
        url: `/api/intervision/rounds/${secondRound}/sign-up`,
        payload: { partnershipId: p.partnershipId, dilemma: 'Hoe bespreken we data samen?' },
      });
      expect(res.statusCode).toBe(200);
    }
    const proposed = await facilitator.inject({
      method: 'POST',
      url: `/api/intervision/rounds/${secondRound}/proposal`,
    });
    const round = ZIntervisionRoundDetail.parse(proposed.json());
    expect(round.groups.map((g) => g.members.length)).toEqual([6, 6]);
    const boardOf = new Map(people.map((p) => [p.partnershipId, p.boardId]));
    for (const group of round.groups) {
      const groupBoards = group.members.flatMap((m) => boardOf.get(m.partnership.id) ?? []);
      expect(new Set(groupBoards).size).toBe(groupBoards.length);
      expect(group.boardClashes).toBe(0);
    }
  });

  it('puts a person’s dilemmas in their export, and erasure removes them', async () => {
    const member = managers[2];
    if (!member) throw new Error('no member');
    const exported = ZAccountExport.parse(
      (await member.client.inject({ method: 'GET', url: '/api/account/export' })).json(),
    );
    expect(exported.intervisionSignUps).toEqual([
      expect.objectContaining({ roundId, partnershipId: member.partnershipId, dilemma: 'Dilemma van coördinator 2' }),
    ]);
    const erased = await admin.inject({ method: 'POST', url: `/api/people/${member.id}/erasure` });
    expect(erased.statusCode).toBe(200);
    const left = await app.db
      .selectFrom('intervision_sign_up')
      .select('id')
      .where('dilemma', '=', 'Dilemma van coördinator 2')
      .execute();
    expect(left).toEqual([]);
  });
});
