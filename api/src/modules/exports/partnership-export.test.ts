import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAssessment, ZAssessmentSummary } from '@koers/shared/assessments';
import { ZFlag, ZTimelineNote } from '@koers/shared/dashboards';
import { ZAction, ZFlagDetail, ZReview } from '@koers/shared/follow-up';
import { z } from 'zod';
import { createPerson, organisationIdByName, partnershipIdByName } from '../../../test/fixtures.ts';
import { readXlsx } from '../../../test/read-export.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { DEMO_PASSWORD } from '../../demo/demo-people.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';

/** Text written into another partnership: no export of Twente may hold it. */
const ELSEWHERE = 'Alleen voor Gelderse Vallei';

type TRow = Record<string, unknown>;
type TRecordFile = {
  about: TRow;
  themeScores: TRow[];
  answers: TRow[];
  notes: TRow[];
  flags: TRow[];
  flagHistory: TRow[];
  reviews: TRow[];
  actions: TRow[];
  actionNotes: TRow[];
  timelineNotes: TRow[];
};

/** The routes list newest first, the export oldest first: compared in one order. */
const byQuarter = <T extends { quarter: unknown; theme?: unknown }>(rows: T[]) =>
  [...rows].sort((a, b) =>
    `${String(a.quarter)} ${String(a.theme)}`.localeCompare(`${String(b.quarter)} ${String(b.theme)}`),
  );

/** What the partnership's own read routes give this person: the export must hold exactly this. */
async function readThroughRoutes(client: TestClient, partnershipId: string) {
  const get = async <S extends z.ZodType>(url: string, schema: S): Promise<z.output<S>> => {
    const res = await client.inject({ method: 'GET', url });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return schema.parse(res.json());
  };
  const list = await get(
    `/api/partnerships/${partnershipId}/assessments`,
    z.object({ items: z.array(ZAssessmentSummary) }),
  );
  const assessments = [];
  const reviews = [];
  for (const summary of list.items) {
    assessments.push(await get(`/api/assessments/${summary.id}`, ZAssessment));
    const { review } = await get(`/api/assessments/${summary.id}/review`, z.object({ review: ZReview.nullable() }));
    if (review) reviews.push(review);
  }
  const flags = await get(`/api/partnerships/${partnershipId}/flags?status=all`, z.object({ items: z.array(ZFlag) }));
  const flagDetails = [];
  for (const flag of flags.items) flagDetails.push(await get(`/api/flags/${flag.id}`, ZFlagDetail));
  const actions = await get(`/api/partnerships/${partnershipId}/actions`, z.object({ items: z.array(ZAction) }));
  const notes = await get(
    `/api/partnerships/${partnershipId}/timeline-notes`,
    z.object({ items: z.array(ZTimelineNote) }),
  );
  const responses = assessments.flatMap((a) => a.responses);
  return {
    scores: byQuarter(
      assessments.flatMap((a) => a.results.map((r) => ({ quarter: a.periodCode, theme: r.theme, score: r.score }))),
    ),
    answers: responses.reduce((n, r) => n + Object.keys(r.answers).length, 0),
    evidence: responses.flatMap((r) => r.notes.map((n) => n.evidence)).sort(),
    flags: flags.items.map((f) => `${f.periodCode} ${f.kind} ${f.theme}`).sort(),
    flagEvents: flagDetails.reduce((n, d) => n + d.history.length, 0),
    reviews: byQuarter(reviews.map((r) => ({ quarter: r.periodCode, summary: r.summary }))),
    actions: actions.items.map((a) => a.description).sort(),
    actionNotes: actions.items.flatMap((a) => a.notes.map((n) => n.text)).sort(),
    timelineNotes: notes.items.map((n) => n.text).sort(),
  };
}

function asInExport(file: TRecordFile) {
  return {
    scores: byQuarter(file.themeScores.map((r) => ({ quarter: r.quarter, theme: r.theme, score: r.score }))),
    answers: file.answers.length,
    evidence: file.notes.map((n) => n.evidence).sort(),
    flags: file.flags.map((f) => `${String(f.flagQuarter)} ${String(f.kind)} ${String(f.flagTheme)}`).sort(),
    flagEvents: file.flagHistory.length,
    reviews: byQuarter(file.reviews.map((r) => ({ quarter: r.quarter, summary: r.summary }))),
    actions: file.actions.map((a) => a.description).sort(),
    actionNotes: file.actionNotes.map((n) => n.text).sort(),
    timelineNotes: file.timelineNotes.map((n) => n.text).sort(),
  };
}

describe('a partnership’s complete export', () => {
  let app: FastifyInstance;
  let twente: string;
  let clients: Record<'admin' | 'manager' | 'friend' | 'board' | 'otherManager' | 'otherBoard', TestClient>;

  const exportOf = async (client: TestClient, query = 'format=json&lang=nl') => {
    const res = await client.inject({ method: 'GET', url: `/api/partnerships/${twente}/export?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };

  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    twente = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    const otherBoard = await organisationIdByName(app.db, 'Stichting Primair Onderwijs Fryslân');
    clients = {
      admin: await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email),
      manager: await signedIn(app, 'pm@demo.koers.nl', DEMO_PASSWORD),
      friend: await signedIn(app, 'friend@demo.koers.nl', DEMO_PASSWORD),
      board: await signedIn(app, 'board@demo.koers.nl', DEMO_PASSWORD),
      otherManager: await signedIn(app, 'noorderlicht@demo.koers.nl', DEMO_PASSWORD),
      otherBoard: await signedIn(
        app,
        (await createPerson(app.db, [{ role: 'board_member', organisationId: otherBoard }])).email,
      ),
    };

    // Follow-up of every kind, written as people write it: a review, an action with progress, a timeline note.
    const { items } = (
      await clients.manager.inject({ method: 'GET', url: `/api/partnerships/${twente}/assessments` })
    ).json<{
      items: { id: string; status: string }[];
    }>();
    const submitted = items.find((a) => a.status === 'submitted');
    if (!submitted) throw new Error('The demo data has no submitted quarter for Twente');
    const sent = [
      await clients.friend.inject({
        method: 'PUT',
        url: `/api/assessments/${submitted.id}/review`,
        payload: { summary: 'Sterke visie, borging blijft kwetsbaar', questionBehind: 'Wie neemt het over?' },
      }),
      await clients.manager.inject({
        method: 'POST',
        url: `/api/partnerships/${twente}/timeline-notes`,
        payload: { notedOn: '2026-05-01', text: 'Stuurgroep met schoolleiders' },
      }),
    ];
    const owner = await app.db
      .selectFrom('person')
      .select('id')
      .where('email', '=', 'pm@demo.koers.nl')
      .executeTakeFirstOrThrow();
    const action = await clients.manager.inject({
      method: 'POST',
      url: `/api/partnerships/${twente}/actions`,
      payload: {
        description: 'Inwerkplan voor nieuwe coördinator',
        ownerId: owner.id,
        dueOn: '2027-03-01',
        supportType: 'intervision',
      },
    });
    sent.push(
      action,
      await clients.friend.inject({
        method: 'POST',
        url: `/api/actions/${action.json<{ id: string }>().id}/progress`,
        payload: { text: 'Eerste versie besproken', status: 'in_progress' },
      }),
    );
    for (const res of sent) expect(res.statusCode, res.body).toBeLessThan(300);

    const gelderland = await partnershipIdByName(app.db, 'Opleidingsschool Gelderse Vallei');
    await app.db
      .insertInto('timeline_note')
      .values({ partnership_id: gelderland, noted_on: '2026-05-01', text: ELSEWHERE, author_id: owner.id })
      .execute();
  });
  afterAll(() => app.close());

  it.each(['manager', 'friend', 'admin', 'board'] as const)(
    'holds for the %s exactly what the partnership’s pages show them, and nothing of another partnership',
    async (role) => {
      const res = await exportOf(clients[role]);
      expect(res.body).not.toContain(ELSEWHERE);
      const file = res.json<TRecordFile>();
      expect(asInExport(file)).toEqual(await readThroughRoutes(clients[role], twente));
      expect(file.themeScores.length).toBeGreaterThan(0);
      expect(file.flags.length).toBeGreaterThan(0);
      expect(file.reviews).toHaveLength(1);
      expect(file.actionNotes).toHaveLength(1);
      expect(file.timelineNotes).toHaveLength(1);
    },
  );

  it('gives those who work on it the evidence and answers, and a board member without sharing none', async () => {
    const manager = (await exportOf(clients.manager)).json<TRecordFile>();
    expect(manager.notes.length).toBeGreaterThan(0);
    expect(manager.answers.length).toBeGreaterThan(0);
    expect(manager.reviews[0]?.summary).toBe('Sterke visie, borging blijft kwetsbaar');

    const board = (await exportOf(clients.board)).json<TRecordFile>();
    expect(board.notes).toEqual([]);
    expect(board.answers).toEqual([]);
    expect(board.reviews).toEqual([expect.objectContaining({ summary: null, questionBehind: null })]);
    // Scores of submitted quarters only.
    expect(board.themeScores.every((row) => row.status === 'submitted')).toBe(true);
  });

  it('gives a board member the evidence once the partnership shares it with them', async () => {
    const shared = await clients.manager.inject({
      method: 'PUT',
      url: `/api/partnerships/${twente}/sharing`,
      payload: { sharesWithBoard: true },
    });
    expect(shared.statusCode).toBe(200);
    const board = (await exportOf(clients.board)).json<TRecordFile>();
    expect(asInExport(board)).toEqual(await readThroughRoutes(clients.board, twente));
    expect(board.notes.length).toBeGreaterThan(0);
    expect(board.reviews[0]?.summary).toBe('Sterke visie, borging blijft kwetsbaar');
  });

  it.each(['otherManager', 'otherBoard'] as const)(
    'is not found for the %s, as the partnership itself',
    async (who) => {
      const res = await clients[who].inject({ method: 'GET', url: `/api/partnerships/${twente}/export?format=xlsx` });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
    },
  );

  it('writes the same record as an Excel workbook with a sheet per kind', async () => {
    const json = (await exportOf(clients.manager)).json<TRecordFile>();
    const res = await exportOf(clients.manager, 'format=xlsx&lang=nl');
    expect(res.headers['content-disposition']).toMatch(
      /filename="koers-partnerschap-twente-leert-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const sheets = await readXlsx(res.rawPayload);
    expect([...sheets.keys()]).toEqual([
      'Over dit bestand',
      'Themascores',
      'Antwoorden',
      'Onderbouwing en volgende stap',
      'Signalen',
      'Verloop signalen',
      'Reviews',
      'Acties',
      'Voortgang acties',
      'Tijdlijn',
    ]);
    expect(sheets.get('Over dit bestand')).toContainEqual(['Partnerschap', 'Partnerschap Twente Leert']);
    expect((sheets.get('Themascores') ?? []).length - 1).toBe(json.themeScores.length);
    expect((sheets.get('Antwoorden') ?? []).length - 1).toBe(json.answers.length);
    expect((sheets.get('Onderbouwing en volgende stap') ?? []).length - 1).toBe(json.notes.length);
    expect((sheets.get('Signalen') ?? []).length - 1).toBe(json.flags.length);
    // A real date Excel can sort and calculate with, not text.
    const action = (sheets.get('Acties') ?? [])[1] ?? [];
    expect(action[1]).toBe('Inwerkplan voor nieuwe coördinator');
    expect(action[3]).toEqual(new Date('2027-03-01T00:00:00Z'));
  });
});
