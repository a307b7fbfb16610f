import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAssessment } from '@koers/shared/assessments';
import { ZFlagDetail, ZReviewQueue } from '@koers/shared/follow-up';
import { ZInstrumentVersion } from '@koers/shared/instrument';
import { quarterDates } from '@koers/shared/periods';
import { DONT_KNOW, type TIndicatorAnswer } from '@koers/shared/scale';
import type { TThemeNumber } from '@koers/shared/themes';
import { createPerson } from '../../../test/fixtures.ts';
import { inbox } from '../../../test/follow-up-client.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';

/** A theme's four answers. */
type TThemeAnswers = readonly [TIndicatorAnswer, TIndicatorAnswer, TIndicatorAnswer, TIndicatorAnswer];
const steady: TThemeAnswers = [3, 3, 3, 3];

describe('flags over consecutive quarters, and the order of the review queue', () => {
  let app: FastifyInstance;
  let admin: TestClient;
  let pm: TestClient;
  let friend: TestClient;
  let partnershipId: string;
  let indicatorsByTheme: Map<number, string[]>;
  let quarter = 0;

  beforeAll(async () => {
    app = await buildTestApp();
    const { id } = await app.db
      .insertInto('partnership')
      .values({ name: 'Partnerschap Vechtdal', region: 'Overijssel', sector: 'vo', scenario: 'A' })
      .returning('id')
      .executeTakeFirstOrThrow();
    partnershipId = id;
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
    pm = await signedIn(app, (await createPerson(app.db, [{ role: 'programme_manager', partnershipId }])).email);
    friend = await signedIn(app, (await createPerson(app.db, [{ role: 'critical_friend', partnershipId }])).email);
    const instrument = ZInstrumentVersion.parse(
      (await pm.inject({ method: 'GET', url: '/api/instrument/current' })).json(),
    );
    indicatorsByTheme = new Map(instrument.themes.map((t) => [t.number, t.indicators.map((i) => i.id)]));
  });
  afterAll(() => app.close());

  /** Opens the next quarter and submits it through the API, with the given answers per theme (3s elsewhere). */
  async function submitQuarter(themes: Partial<Record<TThemeNumber, TThemeAnswers>>): Promise<string> {
    const code = `${2040 + Math.floor(quarter / 4)}-Q${(quarter % 4) + 1}`;
    quarter++;
    const period = await admin.inject({
      method: 'POST',
      url: '/api/periods',
      payload: { code, ...quarterDates(code) },
    });
    expect(period.statusCode).toBe(201);
    const started = await pm.inject({
      method: 'POST',
      url: `/api/partnerships/${partnershipId}/assessments`,
      payload: { periodId: (period.json() as { id: string }).id },
    });
    const assessment = ZAssessment.parse(started.json());
    const answers: Record<string, TIndicatorAnswer> = {};
    for (const [theme, ids] of indicatorsByTheme)
      ids.forEach((id, i) => (answers[id] = (themes[theme as TThemeNumber] ?? steady)[i] ?? 3));
    const saved = await pm.inject({
      method: 'PUT',
      url: `/api/assessments/${assessment.id}/responses/${assessment.responses[0]?.id}`,
      headers: { 'if-match': '"1"' },
      payload: { answers, notes: [] },
    });
    expect(saved.statusCode).toBe(200);
    const submitted = await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessment.id}/submission`,
      headers: { 'idempotency-key': `submit-${code}` },
    });
    expect(submitted.statusCode).toBe(201);
    return code;
  }

  const queue = async () => {
    const res = await friend.inject({ method: 'GET', url: '/api/review-queue?pageSize=100' });
    expect(res.statusCode).toBe(200);
    return ZReviewQueue.parse(res.json());
  };
  const detail = async (flagId: string) =>
    ZFlagDetail.parse((await friend.inject({ method: 'GET', url: `/api/flags/${flagId}` })).json());

  it('carries a flag still open in the next quarter on as one flag with both quarters in its history', async () => {
    // Process management at 2.25 (weak, attention) two quarters running.
    const first = await submitQuarter({ 2: [2, 2, 2, 3] });
    const afterFirst = await queue();
    expect(afterFirst.items.map((i) => `${i.flag.kind}:${i.flag.theme}`)).toEqual(['weak:2']);

    const second = await submitQuarter({ 2: [2, 2, 3, 2] });
    const { items, total } = await queue();
    expect(total).toBe(1);
    const [item] = items;
    expect(item?.flag.id).toBe(afterFirst.items[0]?.flag.id);
    expect(item?.flag.raisedAt).toBe(afterFirst.items[0]?.flag.raisedAt);
    expect(item).toMatchObject({ sincePeriodCode: first, flag: { periodCode: second, kind: 'weak', theme: 2 } });

    const { readings } = await detail(item?.flag.id ?? '');
    expect(readings.map((r) => [r.periodCode, r.severity])).toEqual([
      [first, 'attention'],
      [second, 'attention'],
    ]);
    expect(readings.map((r) => r.reason.nl)).toEqual([
      expect.stringMatching(/scoort 2,25/),
      expect.stringMatching(/scoort 2,25/),
    ]);
  });

  it('raises a new flag when the one before was closed, or when a quarter in between did not show it', async () => {
    const [open] = (await queue()).items;
    const closed = await friend.inject({
      method: 'POST',
      url: `/api/flags/${open?.flag.id}/closure`,
      payload: { resolution: 'Besproken in de stuurgroep' },
    });
    expect(closed.statusCode).toBe(200);
    const third = await submitQuarter({ 2: [2, 2, 2, 3] });
    const { items } = await queue();
    expect(items).toHaveLength(1);
    expect(items[0]?.flag.id).not.toBe(open?.flag.id);
    expect(items[0]).toMatchObject({ sincePeriodCode: third, flag: { periodCode: third } });
    expect((await detail(items[0]?.flag.id ?? '')).readings).toHaveLength(1);

    // A steady quarter, then the weak score again: the open flag stays as it was, and a new one is raised
    // (beside the drop since the steady quarter).
    await submitQuarter({});
    const fifth = await submitQuarter({ 2: [2, 2, 2, 3] });
    const after = (await queue()).items.filter((i) => i.flag.kind === 'weak');
    expect(after.map((i) => i.sincePeriodCode).sort()).toEqual([third, fifth]);
  });

  it('puts the most severe flags first and, within a severity, the ones open longest', async () => {
    const close = async (flagId: string) =>
      friend.inject({ method: 'POST', url: `/api/flags/${flagId}/closure`, payload: { resolution: 'Klaar' } });
    for (const item of (await queue()).items) expect((await close(item.flag.id)).statusCode).toBe(200);

    // Purpose and shared interest weak (2.25) as in the quarter before, whose flags were talked through;
    // process management high at 3.5.
    await submitQuarter({ 1: [2, 2, 2, 3], 2: [4, 4, 3, 3] });
    for (const item of (await queue()).items) expect((await close(item.flag.id)).statusCode).toBe(200);
    const older = await submitQuarter({ 1: [2, 2, 3, 2], 2: [4, 4, 3, 3] });
    // Next quarter process management drops to 3.0 (still functioning), and data and feedback drops to a
    // weak 1.67, which also leaves the continuous line well above its foundation.
    const newer = await submitQuarter({ 1: [2, 3, 2, 2], 4: [1, 2, 2, DONT_KNOW] });
    const { items, total } = await queue();
    const listed = items.map((i) => `${i.flag.kind}:${i.flag.theme}:${i.flag.severity}:${i.sincePeriodCode}`);
    expect(new Set(listed.slice(0, 2))).toEqual(new Set([`weak:4:high:${newer}`, `declining:4:high:${newer}`]));
    expect(listed[2]).toBe(`weak:1:attention:${older}`);
    expect(new Set(listed.slice(3))).toEqual(
      new Set([`declining:2:attention:${newer}`, `foundation_gap:5:attention:${newer}`]),
    );
    expect(total).toBe(5);
    expect(items.map((i) => i.flag.reason.nl)).toContainEqual(expect.stringMatching(/scoort 1,67/));
    expect(items.map((i) => i.flag.reason.nl)).toContainEqual(expect.stringMatching(/van 3,5 naar 3,0/));

    // Pages of two hold the same flags in the same order, and each counts them all.
    const pages = [];
    for (const page of [1, 2, 3]) {
      const res = ZReviewQueue.parse(
        (await friend.inject({ method: 'GET', url: `/api/review-queue?page=${page}&pageSize=2` })).json(),
      );
      expect(res.total).toBe(5);
      pages.push(...res.items);
    }
    expect(pages.map((i) => i.flag.id)).toEqual(items.map((i) => i.flag.id));
  });

  it('tells the programme manager and the critical friend of new flags, naming the partnership', async () => {
    for (const client of [pm, friend]) {
      const titles = (await inbox(client)).items.filter((n) => n.kind === 'flag_new').map((n) => n.title);
      expect(titles).toContainEqual({
        nl: '1 nieuw signaal voor Partnerschap Vechtdal: tijd voor een gesprek',
        en: '1 new flag for Partnerschap Vechtdal: time for a conversation',
      });
    }
  });
});
