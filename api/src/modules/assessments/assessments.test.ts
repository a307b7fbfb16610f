import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTE_TEXT_LIMIT, ZAssessment, type TAssessment } from '@koers/shared/assessments';
import { createPerson, organisationIdByName, partnershipIdByName } from '../../../test/fixtures.ts';
import { signedIn, TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';

describe('the quarterly self-assessment', () => {
  let app: FastifyInstance;
  let partnershipId: string;
  let periodId: string;
  let indicators: { id: string; code: string }[];
  let pm: TestClient;

  const answerAll = (score: 1 | 2 | 3 | 4) => Object.fromEntries(indicators.map((i) => [i.id, score]));
  const firstIndicator = () => {
    const [first] = indicators;
    if (!first) throw new Error('the questionnaire has no indicators');
    return first.id;
  };

  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    partnershipId = await partnershipIdByName(app.db, 'Samen Opleiden Zeeland');
    const admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
    const period = await admin.inject({
      method: 'POST',
      url: '/api/periods',
      payload: { code: '2030-Q1', opensOn: '2030-01-01', dueOn: '2030-04-21' },
    });
    expect(period.statusCode).toBe(201);
    periodId = (period.json() as { id: string }).id;
    pm = await signedIn(
      app,
      (await createPerson(app.db, [{ role: 'programme_manager', partnershipId }], { displayName: 'Kees' })).email,
    );
    const instrument = (await pm.inject({ method: 'GET', url: '/api/instrument/current' })).json() as {
      themes: { indicators: { id: string; code: string }[] }[];
    };
    indicators = instrument.themes.flatMap((t) => t.indicators);
  });
  afterAll(() => app.close());

  async function startAssessment(client: TestClient, period = periodId): Promise<TAssessment> {
    const res = await client.inject({
      method: 'POST',
      url: `/api/partnerships/${partnershipId}/assessments`,
      payload: { periodId: period },
    });
    expect([200, 201]).toContain(res.statusCode);
    return ZAssessment.parse(res.json());
  }

  async function newPeriod(code: string) {
    const { id } = await app.db
      .insertInto('period')
      .values({ code, opens_on: '2031-01-01', due_on: '2031-04-21' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  it('starts once per period, pinned to the current questionnaire, with the manager’s own response', async () => {
    const first = await startAssessment(pm);
    const again = await startAssessment(pm);
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ status: 'draft', instrumentVersion: 1, periodCode: '2030-Q1' });
    expect(first.responses).toHaveLength(1);
    expect(first.responses[0]).toMatchObject({
      perspective: 'coordination',
      mine: true,
      version: 1,
      respondentName: 'Kees',
    });
  });

  it('saves a draft with the version it was based on: 428 without it, 412 when stale, never overwriting', async () => {
    const period = await newPeriod('2031-Q1');
    const assessment = await startAssessment(pm, period);
    const url = `/api/assessments/${assessment.id}/responses/${assessment.responses[0]?.id}`;
    const first = {
      answers: { [firstIndicator()]: 3 },
      notes: [{ theme: 1, evidence: 'Visie vastgesteld in de stuurgroep', nextStep: '', priority: true }],
    };

    expect((await pm.inject({ method: 'PUT', url, payload: first })).statusCode).toBe(428);
    const saved = await pm.inject({ method: 'PUT', url, payload: first, headers: { 'if-match': '"1"' } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2 });
    expect(saved.headers.etag).toBe('"2"');

    // A colleague's tab still holds version 1.
    const stale = await pm.inject({
      method: 'PUT',
      url,
      payload: { answers: {}, notes: [] },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({
      code: 'PRECONDITION_FAILED',
      details: [{ path: 'headers.if-match', message: 'Your version is 1; the saved version is 2' }],
    });
    // The save wrote its audit row with the version it made; the refused one wrote none.
    const audited = await app.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('subject_id', '=', assessment.responses[0]?.id ?? '')
      .where('action', '=', 'response.saved')
      .execute();
    expect(audited).toEqual([{ action: 'response.saved', details: { version: 2 } }]);

    const reread = ZAssessment.parse(
      (await pm.inject({ method: 'GET', url: `/api/assessments/${assessment.id}` })).json(),
    );
    expect(reread.responses[0]).toMatchObject({ version: 2, answers: first.answers, notes: first.notes });
  });

  it('stores exactly what the latest save sent: changed, added and left-out answers and notes', async () => {
    const assessment = await startAssessment(pm, await newPeriod('2032-Q2'));
    const url = `/api/assessments/${assessment.id}/responses/${assessment.responses[0]?.id}`;
    const [a, b, c] = indicators.map((i) => i.id);
    if (!a || !b || !c) throw new Error('the questionnaire has fewer than three indicators');
    const note = (theme: 1 | 2 | 3 | 4 | 5, evidence: string) => ({ theme, evidence, nextStep: '', priority: false });
    const saves = [
      { answers: { [a]: 2, [b]: 3 }, notes: [note(1, 'Visie'), note(2, 'Rollen')] },
      // b changes, a goes, c comes; the note on theme 1 changes, theme 2 goes, theme 3 comes.
      { answers: { [b]: 'dont_know', [c]: 4 }, notes: [note(1, 'Visie herzien'), note(3, 'Intervisie')] },
      // The same again: nothing moves but the version.
      { answers: { [b]: 'dont_know', [c]: 4 }, notes: [note(1, 'Visie herzien'), note(3, 'Intervisie')] },
    ];
    for (const [i, payload] of saves.entries()) {
      const res = await pm.inject({ method: 'PUT', url, payload, headers: { 'if-match': `"${i + 1}"` } });
      expect(res.statusCode).toBe(200);
    }
    const reread = ZAssessment.parse(
      (await pm.inject({ method: 'GET', url: `/api/assessments/${assessment.id}` })).json(),
    );
    const [stored] = reread.responses;
    expect(stored?.version).toBe(4);
    expect(stored?.answers).toEqual(saves[2]?.answers);
    expect(stored?.notes).toEqual(saves[2]?.notes);
  });

  it('saves drafts that arrive together in one statement, each checked against its own version', async () => {
    const assessments = [];
    for (const code of ['2033-Q1', '2033-Q2', '2033-Q3', '2033-Q4']) {
      assessments.push(await startAssessment(pm, await newPeriod(code)));
    }
    const urls = assessments.map((a) => `/api/assessments/${a.id}/responses/${a.responses[0]?.id}`);
    const save = (url: string, version: number, score: 1 | 2 | 3 | 4) =>
      pm.inject({
        method: 'PUT',
        url,
        payload: { answers: answerAll(score), notes: [] },
        headers: { 'if-match': `"${version}"` },
      });
    // A first save of each reads what never changes about the response; the ones after go together.
    for (const url of urls) expect((await save(url, 1, 1)).statusCode).toBe(200);

    let queries = 0;
    const countQuery = () => void queries++;
    app.pg.pool.on('acquire', countQuery);
    const [first, ...others] = urls as [string, ...string[]];
    const together = await Promise.all([
      ...others.map((url) => save(url, 2, 3)),
      // Two tabs of the first response, both from version 2: one save wins, the other is refused.
      save(first, 2, 3),
      save(first, 2, 4),
    ]);
    app.pg.pool.off('acquire', countQuery);
    expect(together.slice(0, 3).map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(
      together
        .slice(3)
        .map((r) => r.statusCode)
        .sort(),
    ).toEqual([200, 412]);
    // The sessions in one query, the saves of different responses in one, the second tab's in another,
    // and the refused one's reason: four, where one each would take ten.
    expect(queries).toBeLessThanOrEqual(4);

    for (const [i, assessment] of assessments.entries()) {
      const stored = ZAssessment.parse(
        (await pm.inject({ method: 'GET', url: `/api/assessments/${assessment.id}` })).json(),
      ).responses[0];
      expect(stored?.version).toBe(3);
      // The first response holds what the winning tab sent.
      const expected = i === 0 && together[4]?.statusCode === 200 ? 4 : 3;
      expect(new Set(Object.values(stored?.answers ?? {}))).toEqual(new Set([expected]));
      const audited = await app.db
        .selectFrom('audit_log')
        .select('details')
        .where('subject_id', '=', assessment.responses[0]?.id ?? '')
        .where('action', '=', 'response.saved')
        .execute();
      expect(audited.map((a) => a.details)).toEqual([{ version: 2 }, { version: 3 }]);
    }
  });

  it('keeps one save’s failure its own when drafts are saved together', async () => {
    const [locked, free] = [
      await startAssessment(pm, await newPeriod('2034-Q1')),
      await startAssessment(pm, await newPeriod('2034-Q2')),
    ];
    const urlOf = (a: TAssessment) => `/api/assessments/${a.id}/responses/${a.responses[0]?.id}`;
    const save = (a: TAssessment, version: number) =>
      pm.inject({
        method: 'PUT',
        url: urlOf(a),
        payload: { answers: answerAll(2), notes: [] },
        headers: { 'if-match': `"${version}"` },
      });
    for (const a of [locked, free]) expect((await save(a, 1)).statusCode).toBe(200);
    // Another session holds one response's row past the lock timeout.
    const holder = await app.pg.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM response WHERE id = $1 FOR UPDATE', [locked.responses[0]?.id]);
      const [blocked, saved] = await Promise.all([save(locked, 2), save(free, 2)]);
      expect(saved.statusCode).toBe(200);
      expect(blocked.statusCode).toBe(503);
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
  });

  it('rejects answers outside the scale or for indicators of another questionnaire, with field paths', async () => {
    const assessment = await startAssessment(pm, await newPeriod('2031-Q2'));
    const url = `/api/assessments/${assessment.id}/responses/${assessment.responses[0]?.id}`;
    const outOfScale = await pm.inject({
      method: 'PUT',
      url,
      headers: { 'if-match': '1' },
      payload: { answers: { [firstIndicator()]: 5 }, notes: [] },
    });
    expect(outOfScale.statusCode).toBe(400);
    expect(outOfScale.json()).toMatchObject({ details: [{ path: `body.answers.${firstIndicator()}` }] });
    const foreign = '00000000-0000-4000-8000-000000000000';
    const unknown = await pm.inject({
      method: 'PUT',
      url,
      headers: { 'if-match': '1' },
      payload: { answers: { [foreign]: 2 }, notes: [] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ details: [{ path: `body.answers.${foreign}` }] });
  });

  it('takes evidence up to the limit whole, and refuses a longer one with the field named', async () => {
    const assessment = await startAssessment(pm, await newPeriod('2035-Q1'));
    const url = `/api/assessments/${assessment.id}/responses/${assessment.responses[0]?.id}`;
    const evidence = 'ب'.repeat(NOTE_TEXT_LIMIT);
    const fits = await pm.inject({
      method: 'PUT',
      url,
      headers: { 'if-match': '1' },
      payload: { answers: {}, notes: [{ theme: 1, evidence, nextStep: '', priority: false }] },
    });
    expect(fits.statusCode).toBe(200);
    const read = ZAssessment.parse(
      (await pm.inject({ method: 'GET', url: `/api/assessments/${assessment.id}` })).json(),
    );
    expect(read.responses[0]?.notes[0]?.evidence).toBe(evidence);

    const tooLong = await pm.inject({
      method: 'PUT',
      url,
      headers: { 'if-match': '2' },
      payload: { answers: {}, notes: [{ theme: 1, evidence: `${evidence}x`, nextStep: '', priority: false }] },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.notes.0.evidence' }] });
    const after = ZAssessment.parse(
      (await pm.inject({ method: 'GET', url: `/api/assessments/${assessment.id}` })).json(),
    );
    expect(after.responses[0]).toMatchObject({ version: 2 });
    expect(after.responses[0]?.notes[0]?.evidence).toBe(evidence);
  });

  it('submits exactly once per idempotency key, stores the theme summaries, and then refuses changes (also in the database)', async () => {
    const assessment = await startAssessment(pm, await newPeriod('2031-Q3'));
    const [response] = assessment.responses;
    if (!response) throw new Error('no response');
    const url = `/api/assessments/${assessment.id}/responses/${response.id}`;
    await pm.inject({
      method: 'PUT',
      url,
      headers: { 'if-match': '1' },
      payload: { answers: answerAll(3), notes: [] },
    });

    const submit = (key: string) =>
      pm.inject({
        method: 'POST',
        url: `/api/assessments/${assessment.id}/submission`,
        headers: { 'idempotency-key': key },
      });
    const [a, b] = await Promise.all([submit('double-click-1'), submit('double-click-1')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    // Both answer with the assessment as it now is: the first from what it wrote, the retry read back.
    const stored = (await pm.inject({ method: 'GET', url: `/api/assessments/${assessment.id}` })).json<TAssessment>();
    expect(stored).toMatchObject({ status: 'submitted', submissions: [{ submittedBy: expect.any(String) }] });
    expect(stored.results).toHaveLength(5);
    expect(a.json()).toEqual(stored);
    expect(b.json()).toEqual(stored);
    expect((await submit('another-key-2')).statusCode).toBe(409);
    expect(
      await app.db.selectFrom('submission').select('id').where('assessment_id', '=', assessment.id).execute(),
    ).toHaveLength(1);

    const summaries = await app.db
      .selectFrom('theme_summary')
      .select(['theme_number', 'score'])
      .where('assessment_id', '=', assessment.id)
      .orderBy('theme_number')
      .execute();
    expect(summaries.map((s) => [s.theme_number, Number(s.score)])).toEqual([1, 2, 3, 4, 5].map((n) => [n, 3]));

    const edit = await pm.inject({
      method: 'PUT',
      url,
      headers: { 'if-match': '2' },
      payload: { answers: answerAll(1), notes: [] },
    });
    expect(edit.statusCode).toBe(409);
    await expect(sql`UPDATE answer SET score = 1 WHERE response_id = ${response.id}`.execute(app.db)).rejects.toThrow(
      /submitted/,
    );
    await expect(sql`DELETE FROM response WHERE id = ${response.id}`.execute(app.db)).rejects.toThrow(/submitted/);
  });

  it('needs a key to submit', async () => {
    const assessment = await startAssessment(pm);
    const res = await pm.inject({ method: 'POST', url: `/api/assessments/${assessment.id}/submission` });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ details: [{ path: 'headers.idempotency-key' }] });
  });

  it('is reopened by the critical friend with a reason; the history keeps both steps', async () => {
    const assessment = await startAssessment(pm, await newPeriod('2031-Q4'));
    const url = `/api/assessments/${assessment.id}/responses/${assessment.responses[0]?.id}`;
    await pm.inject({
      method: 'PUT',
      url,
      headers: { 'if-match': '1' },
      payload: { answers: answerAll(2), notes: [] },
    });
    await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessment.id}/submission`,
      headers: { 'idempotency-key': 'first-submit' },
    });

    const friend = await signedIn(
      app,
      (await createPerson(app.db, [{ role: 'critical_friend', partnershipId }])).email,
    );
    expect(
      (await friend.inject({ method: 'PUT', url, headers: { 'if-match': '2' }, payload: { answers: {}, notes: [] } }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await pm.inject({
          method: 'POST',
          url: `/api/assessments/${assessment.id}/reopening`,
          payload: { reason: 'Ik wil iets aanpassen' },
        })
      ).statusCode,
    ).toBe(403);
    const reopened = await friend.inject({
      method: 'POST',
      url: `/api/assessments/${assessment.id}/reopening`,
      payload: { reason: 'Thema 4 opnieuw bespreken' },
    });
    expect(reopened.statusCode).toBe(200);
    const view = ZAssessment.parse(reopened.json());
    expect(view.status).toBe('draft');
    expect(view.submissions[0]).toMatchObject({ reopenReason: 'Thema 4 opnieuw bespreken', submittedBy: 'Kees' });
    expect(
      await app.db.selectFrom('theme_summary').select('score').where('assessment_id', '=', assessment.id).execute(),
    ).toEqual([]);

    // Editable again; a new submit makes a second entry in the history.
    expect(
      (
        await pm.inject({
          method: 'PUT',
          url,
          headers: { 'if-match': '2' },
          payload: { answers: answerAll(3), notes: [] },
        })
      ).statusCode,
    ).toBe(200);
    const second = await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessment.id}/submission`,
      headers: { 'idempotency-key': 'second-submit' },
    });
    // All twos: every theme is weak (attention) in that quarter, raised once however often it is submitted.
    const flags = await app.db
      .selectFrom('flag')
      .select(['kind', 'severity'])
      .where('partnership_id', '=', partnershipId)
      .where('period_id', '=', view.periodId)
      .execute();
    expect(flags.filter((f) => f.kind === 'weak')).toHaveLength(5);
    expect(flags.filter((f) => f.kind === 'weak').every((f) => f.severity === 'attention')).toBe(true);
    expect(ZAssessment.parse(second.json()).submissions).toHaveLength(2);
  });

  it('invites a respondent whose personal link opens only their own response, shown under their perspective', async () => {
    const assessment = await startAssessment(pm, await newPeriod('2032-Q1'));
    const school = await organisationIdByName(app.db, 'Vakcollege Vlissingen');
    const invited = await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessment.id}/respondents`,
      payload: { name: 'Schoolleider Vlissingen', perspective: 'school', organisationId: school },
    });
    expect(invited.statusCode).toBe(201);
    const { link } = invited.json() as { link: string };
    const token = link.split('/respond/')[1];

    const visitor = await new TestClient(app).start();
    const view = (await visitor.inject({ method: 'GET', url: `/api/respond/${token}` })).json() as {
      partnershipName: string;
      periodCode: string;
      response: { id: string; version: number };
    };
    expect(view).toMatchObject({ partnershipName: 'Samen Opleiden Zeeland', periodCode: '2032-Q1' });
    const saved = await visitor.inject({
      method: 'PUT',
      url: `/api/respond/${token}`,
      headers: { 'if-match': '1' },
      payload: { answers: answerAll(1), notes: [] },
    });
    expect(saved.statusCode).toBe(200);

    const result = ZAssessment.parse(
      (await pm.inject({ method: 'GET', url: `/api/assessments/${assessment.id}` })).json(),
    );
    expect(result.responses.find((r) => r.id === view.response.id)).toMatchObject({
      perspective: 'school',
      viaLink: true,
      mine: false,
    });
    expect(result.results[0]?.perspectives).toMatchObject({ school: 1 });

    // The link gives no way into anything else.
    expect((await visitor.inject({ method: 'GET', url: `/api/assessments/${assessment.id}` })).statusCode).toBe(401);
    expect((await visitor.inject({ method: 'GET', url: `/api/respond/${'y'.repeat(43)}` })).statusCode).toBe(404);
  });

  it('closes a respondent’s link with its quarter: 410 LINK_EXPIRED after the due date, for reading and saving', async () => {
    const periodId = await newPeriod('2036-Q3');
    const assessment = await startAssessment(pm, periodId);
    const school = await organisationIdByName(app.db, 'Vakcollege Vlissingen');
    const invited = await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessment.id}/respondents`,
      payload: { name: 'Docent Vlissingen', perspective: 'school', organisationId: school },
    });
    const token = (invited.json() as { link: string }).link.split('/respond/')[1];
    const visitor = await new TestClient(app).start();
    const save = () =>
      visitor.inject({
        method: 'PUT',
        url: `/api/respond/${token}`,
        headers: { 'if-match': '1' },
        payload: { answers: answerAll(2), notes: [] },
      });

    // Open through the due date itself.
    await app.db
      .updateTable('period')
      .set({ opens_on: sql<string>`current_date - 90`, due_on: sql<string>`current_date` })
      .where('id', '=', periodId)
      .execute();
    expect((await visitor.inject({ method: 'GET', url: `/api/respond/${token}` })).statusCode).toBe(200);

    await app.db
      .updateTable('period')
      .set({ opens_on: sql<string>`current_date - 90`, due_on: sql<string>`current_date - 1` })
      .where('id', '=', periodId)
      .execute();
    const read = await visitor.inject({ method: 'GET', url: `/api/respond/${token}` });
    expect(read.statusCode).toBe(410);
    expect(read.json()).toMatchObject({
      code: 'LINK_EXPIRED',
      message: expect.any(String),
      requestId: expect.any(String),
    });
    const saved = await save();
    expect(saved.statusCode).toBe(410);
    expect(saved.json()).toMatchObject({ code: 'LINK_EXPIRED' });
    const answers = await app.db
      .selectFrom('answer')
      .innerJoin('response', 'response.id', 'answer.response_id')
      .select('answer.score')
      .where('response.assessment_id', '=', assessment.id)
      .where('response.link_token_hash', 'is not', null)
      .execute();
    expect(answers).toEqual([]);
    // A link that never existed still answers 404: only a real link can have expired.
    expect((await visitor.inject({ method: 'GET', url: `/api/respond/${'z'.repeat(43)}` })).statusCode).toBe(404);
  });

  it('refuses a respondent from an organisation outside the partnership', async () => {
    const assessment = await startAssessment(pm);
    const outsider = await organisationIdByName(app.db, 'Vallei College');
    const res = await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessment.id}/respondents`,
      payload: { name: 'Buiten', perspective: 'school', organisationId: outsider },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ details: [{ path: 'body.organisationId' }] });
  });

  it('shows board members submitted results only, and the responses once the partnership shares them', async () => {
    const assessment = await startAssessment(pm, await newPeriod('2041-Q1'));
    const url = `/api/assessments/${assessment.id}`;
    await pm.inject({
      method: 'PUT',
      url: `${url}/responses/${assessment.responses[0]?.id}`,
      headers: { 'if-match': '1' },
      payload: {
        answers: answerAll(3),
        notes: [{ theme: 1, evidence: 'Visie op papier', nextStep: '', priority: false }],
      },
    });
    const board = await signedIn(
      app,
      (
        await createPerson(app.db, [
          { role: 'board_member', organisationId: await organisationIdByName(app.db, 'Scalda Onderwijsgroep Zeeland') },
        ])
      ).email,
    );
    const seen = async () => ZAssessment.parse((await board.inject({ method: 'GET', url })).json());

    // A draft's scores are work in progress: no per-perspective scores, no responses.
    expect(await seen()).toMatchObject({ status: 'draft', results: [], responses: [] });

    const submitted = await pm.inject({
      method: 'POST',
      url: `${url}/submission`,
      headers: { 'idempotency-key': 'board-sees-submitted' },
    });
    expect(submitted.statusCode).toBe(201);
    const combined = await seen();
    expect(combined.results).toHaveLength(5);
    expect(combined.results[0]?.perspectives).toMatchObject({ coordination: 3 });
    expect(combined.responses).toEqual([]);

    const shared = await pm.inject({
      method: 'PUT',
      url: `/api/partnerships/${partnershipId}/sharing`,
      payload: { sharesWithBoard: true },
    });
    expect(shared.statusCode).toBe(200);
    const narratives = await seen();
    expect(narratives.responses).toHaveLength(1);
    expect(narratives.responses[0]?.notes).toEqual([
      { theme: 1, evidence: 'Visie op papier', nextStep: '', priority: false },
    ]);
    await pm.inject({
      method: 'PUT',
      url: `/api/partnerships/${partnershipId}/sharing`,
      payload: { sharesWithBoard: false },
    });
    expect((await seen()).responses).toEqual([]);
  });

  it('refuses a manager’s own response attributed to an organisation outside the partnership', async () => {
    const assessment = await startAssessment(pm, await newPeriod('2041-Q2'));
    const outsider = await organisationIdByName(app.db, 'Vallei College');
    const res = await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessment.id}/responses`,
      payload: { perspective: 'school', organisationId: outsider },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.organisationId' }] });
    const mismatched = await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessment.id}/responses`,
      payload: {
        perspective: 'institute',
        organisationId: await organisationIdByName(app.db, 'Vakcollege Vlissingen'),
      },
    });
    expect(mismatched.statusCode).toBe(400);
    const responses = await app.db
      .selectFrom('response')
      .select('id')
      .where('assessment_id', '=', assessment.id)
      .execute();
    expect(responses).toHaveLength(1);

    // A second manager of the partnership may answer for one of its own schools.
    const colleague = await signedIn(
      app,
      (await createPerson(app.db, [{ role: 'programme_manager', partnershipId }])).email,
    );
    const member = await colleague.inject({
      method: 'POST',
      url: `/api/assessments/${assessment.id}/responses`,
      payload: { perspective: 'school', organisationId: await organisationIdByName(app.db, 'Vakcollege Vlissingen') },
    });
    expect(member.statusCode).toBe(201);
  });
});
