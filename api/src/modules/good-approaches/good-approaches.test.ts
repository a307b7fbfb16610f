import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAction } from '@koers/shared/follow-up';
import {
  ZFlagGoodApproaches,
  ZGoodApproach,
  ZGoodApproachPage,
  type TGoodApproach,
  type TGoodApproachWrite,
} from '@koers/shared/good-approaches';
import { createPerson, partnershipIdByName } from '../../../test/fixtures.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { DEMO_PASSWORD } from '../../demo/demo-people.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';

type TWrite = Partial<Omit<TGoodApproachWrite, 'themes'>> & { themes?: number[] };

const story = (title: string, extra: TWrite = {}) => ({
  title,
  context: 'Een partnerschap met zeven besturen en één pabo.',
  whatWeDid: 'Elk kwartaal een leergesprek tussen school en opleiding.',
  whatItBrought: 'Studenten voelen zich beter voorbereid.',
  whatItTook: 'Twee uur per maand per school.',
  contact: 'Anna de Vries, anna@voorbeeld.nl',
  themes: [4],
  ...extra,
});

describe('good approaches: who writes, who approves, who sees', () => {
  let app: FastifyInstance;
  let friend: TestClient; // critical friend of Twente (and four more)
  let pm: TestClient; // programme manager of Twente
  let otherPm: TestClient; // programme manager of Noorderlicht
  let board: TestClient;
  let admin: TestClient;
  let outsiderFriend: TestClient; // critical friend of Zeeland only
  let twente: string;

  const write = (client: TestClient, payload: object) =>
    client.inject({ method: 'POST', url: '/api/good-approaches', payload });
  const read = (client: TestClient, id: string) => client.inject({ method: 'GET', url: `/api/good-approaches/${id}` });
  const list = async (client: TestClient, query: string) => {
    const res = await client.inject({ method: 'GET', url: `/api/good-approaches?${query}` });
    expect(res.statusCode).toBe(200);
    return ZGoodApproachPage.parse(res.json());
  };

  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    twente = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    const zeeland = await partnershipIdByName(app.db, 'Samen Opleiden Zeeland');
    friend = await signedIn(app, 'friend@demo.koers.nl', DEMO_PASSWORD);
    pm = await signedIn(app, 'pm@demo.koers.nl', DEMO_PASSWORD);
    otherPm = await signedIn(app, 'noorderlicht@demo.koers.nl', DEMO_PASSWORD);
    board = await signedIn(app, 'board@demo.koers.nl', DEMO_PASSWORD);
    admin = await signedIn(app, 'admin@demo.koers.nl', DEMO_PASSWORD);
    outsiderFriend = await signedIn(
      app,
      (await createPerson(app.db, [{ role: 'critical_friend', partnershipId: zeeland }])).email,
    );
  });
  afterAll(() => app.close());

  it('has in the demo two or more published approaches per theme, and one waiting for its critical friend', async () => {
    for (const theme of [1, 2, 3, 4, 5]) {
      expect((await list(board, `theme=${theme}`)).total, `theme ${theme}`).toBeGreaterThanOrEqual(2);
    }
    const awaiting = await list(friend, 'view=awaiting');
    expect(awaiting.items.map((a) => [a.status, a.partnership?.name])).toEqual([
      ['submitted', 'Partnerschap Twente Leert'],
    ]);
  });

  it('publishes a critical friend’s approach at once, for every role to read', async () => {
    const res = await write(friend, story('Leerteams met schoolopleiders'));
    expect(res.statusCode).toBe(201);
    const approach = ZGoodApproach.parse(res.json());
    expect(approach.status).toBe('published');
    for (const reader of [pm, otherPm, board, admin]) expect((await read(reader, approach.id)).statusCode).toBe(200);
  });

  it('keeps a programme manager’s write-up to its author and approvers until a critical friend publishes it', async () => {
    const res = await write(
      pm,
      story('Een vaste intervisiecyclus voor werkplekbegeleiders', { partnershipId: twente }),
    );
    expect(res.statusCode).toBe(201);
    const submitted = ZGoodApproach.parse(res.json());
    expect(submitted.status).toBe('submitted');
    // Its critical friend hears that it waits for them.
    const notices = (await friend.inject({ method: 'GET', url: '/api/inbox' })).json() as {
      items: { kind: string; link: string }[];
    };
    expect(notices.items).toContainEqual(
      expect.objectContaining({ kind: 'good_approach_submitted', link: `/good-approaches/${submitted.id}` }),
    );
    for (const reader of [pm, friend, admin]) expect((await read(reader, submitted.id)).statusCode).toBe(200);
    for (const stranger of [otherPm, board, outsiderFriend])
      expect((await read(stranger, submitted.id)).statusCode).toBe(404);
    expect((await list(otherPm, 'q=intervisiecyclus')).items).toEqual([]);
    expect((await list(friend, 'view=awaiting')).items.map((a) => a.id)).toContain(submitted.id);
    expect((await list(outsiderFriend, 'view=awaiting')).items.map((a) => a.id)).not.toContain(submitted.id);

    // Another partnership's critical friend cannot approve it (it is not theirs to see); the author neither.
    const decide = (client: TestClient, payload: object) =>
      client.inject({ method: 'POST', url: `/api/good-approaches/${submitted.id}/decision`, payload });
    expect((await decide(outsiderFriend, { decision: 'publish' })).statusCode).toBe(404);
    expect((await decide(pm, { decision: 'publish' })).statusCode).toBe(403);

    const sentBack = await decide(friend, { decision: 'send_back', comment: 'Wat kostte het de scholen aan tijd?' });
    expect(ZGoodApproach.parse(sentBack.json())).toMatchObject({
      status: 'draft',
      reviewComment: 'Wat kostte het de scholen aan tijd?',
    });
    expect((await read(friend, submitted.id)).statusCode).toBe(404);

    const resubmitted = await pm.inject({
      method: 'PUT',
      url: `/api/good-approaches/${submitted.id}`,
      payload: story('Een vaste intervisiecyclus voor werkplekbegeleiders', {
        partnershipId: twente,
        whatItTook: 'Vier bijeenkomsten van twee uur per jaar, en een begeleider die plant.',
      }),
    });
    expect(ZGoodApproach.parse(resubmitted.json()).status).toBe('submitted');
    const published = await decide(friend, { decision: 'publish' });
    expect(ZGoodApproach.parse(published.json()).status).toBe('published');
    expect((await decide(admin, { decision: 'publish' })).statusCode).toBe(409);
    expect((await read(otherPm, submitted.id)).statusCode).toBe(200);
  });

  it('lets a programme manager write only from their own partnership, and board members not at all', async () => {
    expect((await write(pm, story('Zonder partnerschap'))).statusCode).toBe(400);
    const noorderlicht = await partnershipIdByName(app.db, 'Opleidingsschool Noorderlicht');
    expect((await write(pm, story('Van een ander', { partnershipId: noorderlicht }))).statusCode).toBe(404);
    expect((await write(board, story('Van het bestuur'))).statusCode).toBe(403);
  });

  it('keeps a withdrawn approach for its author and the admins only', async () => {
    const approach = ZGoodApproach.parse((await write(friend, story('Een aanpak die we terugnemen'))).json());
    expect(
      (await pm.inject({ method: 'POST', url: `/api/good-approaches/${approach.id}/withdrawal` })).statusCode,
    ).toBe(403);
    const withdrawn = await friend.inject({ method: 'POST', url: `/api/good-approaches/${approach.id}/withdrawal` });
    expect(ZGoodApproach.parse(withdrawn.json()).status).toBe('withdrawn');
    expect((await read(friend, approach.id)).statusCode).toBe(200);
    expect((await read(admin, approach.id)).statusCode).toBe(200);
    expect((await read(pm, approach.id)).statusCode).toBe(404);
    expect(
      (await friend.inject({ method: 'POST', url: `/api/good-approaches/${approach.id}/withdrawal` })).statusCode,
    ).toBe(409);
  });

  it('finds an approach by another form of a Dutch word than its text holds (stemming)', async () => {
    // The pair the Dutch snowball stemmer joins: both reduce to one lexeme, though the words differ.
    const { rows } = await sql<{ text: string; query: string }>`
      SELECT to_tsvector('dutch', 'mentoren')::text AS text, websearch_to_tsquery('dutch', 'mentor')::text AS query
    `.execute(app.db);
    expect(rows[0]).toEqual({ text: `'mentor':1`, query: `'mentor'` });

    const approach = ZGoodApproach.parse(
      (
        await write(
          friend,
          story('Tijd voor de zeeuwse mentoren', { whatWeDid: 'Mentoren kregen een vast uur per week.', themes: [5] }),
        )
      ).json(),
    );
    const found = await list(pm, 'q=mentor');
    expect(found.items.map((a) => a.id)).toContain(approach.id);
    // Filters narrow the same search.
    expect((await list(pm, 'q=mentor&theme=5')).items.map((a) => a.id)).toContain(approach.id);
    expect((await list(pm, 'q=mentor&theme=1')).items.map((a) => a.id)).not.toContain(approach.id);
    expect((await list(pm, 'q=zeeuwse&scenario=B')).items).toEqual([]);
  });

  it('ranks a title hit above a hit in the body', async () => {
    const inTitle = ZGoodApproach.parse((await write(friend, story('Kwaliteitskaarten in de stuurgroep'))).json());
    const inBody = ZGoodApproach.parse(
      (await write(friend, story('Een leeswijzer', { context: 'We begonnen met kwaliteitskaarten.' }))).json(),
    );
    const ids = (await list(board, 'q=kwaliteitskaart')).items.map((a) => a.id);
    expect(ids.indexOf(inTitle.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(inTitle.id)).toBeLessThan(ids.indexOf(inBody.id));
  });

  it('shows a flag the approaches on its theme, same scenario first, then most shared weak indicators', async () => {
    const flag = await app.db
      .selectFrom('flag')
      .select(['id', 'period_id'])
      .where('partnership_id', '=', twente)
      .where('kind', '=', 'weak')
      .where('theme_number', '=', 4)
      .orderBy('raised_at', 'desc')
      .executeTakeFirstOrThrow();
    // The indicator Twente scored lowest on theme 4 that quarter is among those that pull the theme down.
    const lowest = await app.db
      .selectFrom('answer as an')
      .innerJoin('response as r', 'r.id', 'an.response_id')
      .innerJoin('assessment as s', 's.id', 'r.assessment_id')
      .innerJoin('indicator as i', 'i.id', 'an.indicator_id')
      .select(['i.id', 'i.code'])
      .where('s.partnership_id', '=', twente)
      .where('s.period_id', '=', flag.period_id)
      .where('i.code', 'like', '4.%')
      .where('an.score', 'is not', null)
      .groupBy(['i.id', 'i.code'])
      .orderBy(sql`avg(an.score)`)
      .executeTakeFirstOrThrow();
    // Twente works in scenario A.
    const otherScenarioMatching = ZGoodApproach.parse(
      (await write(friend, story('Data samen duiden (C)', { scenario: 'C', indicatorIds: [lowest.id] }))).json(),
    );
    const sameScenario = ZGoodApproach.parse(
      (await write(friend, story('Data samen duiden (A)', { scenario: 'A' }))).json(),
    );
    const sameScenarioMatching = ZGoodApproach.parse(
      (
        await write(friend, story('Data samen duiden (A, indicator)', { scenario: 'A', indicatorIds: [lowest.id] }))
      ).json(),
    );
    const otherTheme = ZGoodApproach.parse((await write(friend, story('Over iets anders', { themes: [1] }))).json());

    const res = await pm.inject({ method: 'GET', url: `/api/flags/${flag.id}/good-approaches` });
    expect(res.statusCode).toBe(200);
    const items = ZFlagGoodApproaches.parse(res.json()).items;
    const ids = items.map((i) => i.approach.id);
    expect(ids).not.toContain(otherTheme.id);
    expect(ids.indexOf(sameScenarioMatching.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(sameScenarioMatching.id)).toBeLessThan(ids.indexOf(sameScenario.id));
    expect(ids.indexOf(sameScenario.id)).toBeLessThan(ids.indexOf(otherScenarioMatching.id));
    expect(items.find((i) => i.approach.id === sameScenarioMatching.id)).toMatchObject({
      sameScenario: true,
      sharedIndicators: [lowest.code],
    });
    // The flag is Twente's: another partnership's programme manager does not learn it exists.
    expect((await otherPm.inject({ method: 'GET', url: `/api/flags/${flag.id}/good-approaches` })).statusCode).toBe(
      404,
    );
  });

  it('refuses indicators that are not of the current instrument', async () => {
    const res = await write(friend, story('Met een onbekende indicator', { indicatorIds: [crypto.randomUUID()] }));
    expect(res.statusCode).toBe(400);
  });

  it('keeps an erased author’s approach, without the contact line that may name them', async () => {
    const author = await createPerson(app.db, [{ role: 'critical_friend', partnershipId: twente }], {
      displayName: 'Erik Uitgewist',
    });
    const client = await signedIn(app, author.email);
    const approach: TGoodApproach = ZGoodApproach.parse(
      (await write(client, story('Stages in tweetallen', { contact: `Erik Uitgewist, ${author.email}` }))).json(),
    );
    const erased = await admin.inject({ method: 'POST', url: `/api/people/${author.id}/erasure` });
    expect(erased.statusCode).toBe(200);
    const after = ZGoodApproach.parse((await read(pm, approach.id)).json());
    expect(after).toMatchObject({ title: 'Stages in tweetallen', status: 'published', contact: '' });
    expect(after.author.name).not.toContain('Erik');
  });
  it('links published approaches to a new action, shown with it; an unpublished one is refused', async () => {
    const published = ZGoodApproach.parse((await write(friend, story('Een kwartaaldialoog over data'))).json());
    const draft = ZGoodApproach.parse((await write(friend, story('Nog een concept', { asDraft: true }))).json());
    const pmId = (
      await app.db.selectFrom('person').select('id').where('email', '=', 'pm@demo.koers.nl').executeTakeFirstOrThrow()
    ).id;
    const action = (goodApproachIds: string[]) =>
      pm.inject({
        method: 'POST',
        url: `/api/partnerships/${twente}/actions`,
        payload: {
          description: 'De datadialoog van Rijnmond uitproberen',
          ownerId: pmId,
          dueOn: '2042-03-01',
          supportType: 'good_approach',
          goodApproachIds,
        },
      });
    const refused = await action([published.id, draft.id]);
    expect(refused.statusCode).toBe(400);
    expect(JSON.stringify(refused.json())).toContain(draft.id);

    const created = await action([published.id]);
    expect(created.statusCode).toBe(201);
    expect(ZAction.parse(created.json()).goodApproaches).toEqual([{ id: published.id, title: published.title }]);
    const plan = await friend.inject({ method: 'GET', url: `/api/partnerships/${twente}/actions` });
    const listed = (plan.json() as { items: unknown[] }).items.map((a) => ZAction.parse(a));
    expect(listed.find((a) => a.id === ZAction.parse(created.json()).id)?.goodApproaches).toEqual([
      { id: published.id, title: published.title },
    ]);
  });
});
