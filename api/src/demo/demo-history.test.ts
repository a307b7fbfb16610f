import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app.ts';
import { DEMO_HISTORY, DEMO_STORIES } from './demo-history.ts';
import { seedDemoData } from './seed-demo.ts';

describe('the demo history', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
  });
  afterAll(() => app.close());

  /** Stored theme scores of one partnership in one quarter: { theme: score }. */
  async function scores(partnership: string, period: string) {
    const rows = await app.db
      .selectFrom('theme_summary as s')
      .innerJoin('partnership as p', 'p.id', 's.partnership_id')
      .innerJoin('period as pe', 'pe.id', 's.period_id')
      .select(['s.theme_number', 's.score', 's.perspective_spread'])
      .where('p.name', '=', partnership)
      .where('pe.code', '=', period)
      .execute();
    return Object.fromEntries(
      rows.map((r) => [r.theme_number, { score: Number(r.score), spread: Number(r.perspective_spread) }]),
    );
  }

  const last = DEMO_HISTORY[DEMO_HISTORY.length - 1] ?? '';
  const previous = DEMO_HISTORY[DEMO_HISTORY.length - 2] ?? '';

  it('gives every partnership two years of submitted quarters, except the one that is overdue', async () => {
    const rows = await app.db
      .selectFrom('assessment as a')
      .innerJoin('partnership as p', 'p.id', 'a.partnership_id')
      .select((eb) => ['p.name', eb.fn.countAll<string>().as('n')])
      .where('a.status', '=', 'submitted')
      .groupBy('p.name')
      .execute();
    expect(rows).toHaveLength(Object.keys(DEMO_STORIES).length);
    for (const row of rows)
      expect(Number(row.n)).toBe(
        row.name === 'Opleidingsschool Flevoland' ? DEMO_HISTORY.length - 1 : DEMO_HISTORY.length,
      );
    expect(await scores('Opleidingsschool Flevoland', last)).toEqual({});
  });

  it('tells the story of a weak theme 4 (Data en feedback)', async () => {
    const twente = await scores('Partnerschap Twente Leert', last);
    expect(twente[4]?.score).toBeLessThan(2);
    expect(Math.min(twente[1]?.score ?? 0, twente[2]?.score ?? 0, twente[3]?.score ?? 0)).toBeGreaterThanOrEqual(2.5);
  });

  it('tells the story of a decline after a key person left', async () => {
    const before = await scores('Opleidingsschool Gelderse Vallei', previous);
    const after = await scores('Opleidingsschool Gelderse Vallei', last);
    const drops = [1, 2, 3, 4, 5].map((t) => (before[t]?.score ?? 0) - (after[t]?.score ?? 0));
    expect(Math.max(...drops)).toBeGreaterThanOrEqual(0.5);
  });

  it('tells the story of a strong theme 5 on a weak foundation', async () => {
    const zeeland = await scores('Samen Opleiden Zeeland', last);
    const foundation = Math.min(...[1, 2, 3, 4].map((t) => zeeland[t]?.score ?? 4));
    expect((zeeland[5]?.score ?? 0) - foundation).toBeGreaterThanOrEqual(1);
  });

  it('tells the story of institute and schools that do not see the same north', async () => {
    const domstad = await scores('Academische Opleidingsschool Domstad', last);
    expect(Math.max(...Object.values(domstad).map((s) => s.spread))).toBeGreaterThanOrEqual(1.5);
  });
});
