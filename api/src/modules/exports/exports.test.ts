import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOARD_PAGE_SIZE, ZBoardOverview } from '@koers/shared/dashboards';
import { ZReviewQueue } from '@koers/shared/follow-up';
import { createPerson } from '../../../test/fixtures.ts';
import { readCsv, readXlsx } from '../../../test/read-export.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { DEMO_PASSWORD } from '../../demo/demo-people.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';

const TRICKY_NAME = 'Samen; "Opleiden"\nZuid, 3,5';

/** More partnerships than three pages of the board overview hold. */
const EXTRA_PARTNERSHIPS = BOARD_PAGE_SIZE * 3 + 4;

describe('exports of the board overview, the review queue and the audit log', () => {
  let app: FastifyInstance;
  let admin: TestClient;
  let board: TestClient;
  let friend: TestClient;
  let manager: TestClient;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    await app.db
      .insertInto('partnership')
      .values(
        Array.from({ length: EXTRA_PARTNERSHIPS }, (_, i) => ({
          name: `Exportpartnerschap ${String(i + 1).padStart(3, '0')}`,
          region: 'Exportregio',
          sector: i % 2 === 0 ? ('vo' as const) : ('mbo' as const),
          scenario: 'B' as const,
        })),
      )
      .execute();
    // A name with the Dutch separator, quotes and a line break: CSV must quote it, and read back the same.
    await app.db
      .insertInto('partnership')
      .values({ name: TRICKY_NAME, region: 'Exportregio', sector: 'po', scenario: 'C' })
      .execute();
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
    board = await signedIn(app, 'board@demo.koers.nl', DEMO_PASSWORD);
    friend = await signedIn(app, 'friend@demo.koers.nl', DEMO_PASSWORD);
    manager = await signedIn(app, 'pm@demo.koers.nl', DEMO_PASSWORD);
  });
  afterAll(() => app.close());

  const download = async (client: TestClient, url: string, headers: Record<string, string> = {}) => {
    const res = await client.inject({ method: 'GET', url, headers });
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };

  const overview = async (client: TestClient, query: string) => {
    const res = await client.inject({ method: 'GET', url: `/api/board-overview?pageSize=1${query}` });
    return ZBoardOverview.parse(res.json());
  };

  it('writes every partnership of every page into the Excel file, with the filters on the first sheet', async () => {
    const { total, period } = await overview(admin, '');
    expect(total).toBeGreaterThan(BOARD_PAGE_SIZE * 3);

    const res = await download(admin, '/api/board-overview/export?format=xlsx&lang=nl');
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="koers-board-overview-[a-z0-9-]+\.xlsx"$/,
    );
    const sheets = await readXlsx(res.rawPayload);
    expect([...sheets.keys()]).toEqual(['Over dit bestand', 'Partnerschappen']);
    expect(sheets.get('Over dit bestand')).toContainEqual(['Kwartaal', period?.code]);
    const rows = sheets.get('Partnerschappen') ?? [];
    expect(rows[0]?.slice(0, 5)).toEqual(['Partnerschap', 'Regio', 'Sector', 'Scenario', 'Ingediend']);
    expect(rows.slice(1)).toHaveLength(total);
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(total);
    // Scores are numbers Excel can calculate with, not text.
    const scores = rows
      .slice(1)
      .flatMap((row) => row.slice(5, 10))
      .filter((cell) => cell !== null && cell !== undefined);
    expect(scores.length).toBeGreaterThan(0);
    expect(scores.every((cell) => typeof cell === 'number')).toBe(true);
  });

  it('holds only the filtered set, and says which filter made it', async () => {
    const { total } = await overview(admin, '&sector=vo&region=Exportregio');
    const sheets = await readXlsx(
      (await download(admin, '/api/board-overview/export?format=xlsx&lang=en&sector=vo&region=Exportregio')).rawPayload,
    );
    expect(sheets.get('About this file')).toEqual(
      expect.arrayContaining([
        ['Sector', 'Secondary education (vo)'],
        ['Region', 'Exportregio'],
      ]),
    );
    const rows = (sheets.get('Partnerships') ?? []).slice(1);
    expect(rows).toHaveLength(total);
    // Codes in words, as the screen says them.
    expect(rows.every((row) => row[2] === 'Secondary education (vo)' && row[1] === 'Exportregio')).toBe(true);
  });

  it('writes CSV for a Dutch Excel in Dutch: BOM, semicolons, decimal commas', async () => {
    const { rows: shown } = await overview(admin, '&sort=theme1&order=desc');
    const scored = shown[0];
    expect(scored?.scores[1]).not.toBeNull();

    const res = await download(admin, '/api/board-overview/export?format=csv&lang=nl&sort=theme1&order=desc');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = readCsv(res.rawPayload, ';');
    expect(rows[0]?.[0]).toBe('Partnerschap');
    expect(rows.slice(1)).toHaveLength((await overview(admin, '')).total);
    const first = rows[1] ?? [];
    expect(first[0]).toBe(scored?.name);
    expect(first[5]).toBe(String(scored?.scores[1]).replace('.', ','));
    expect(rows.slice(1).some((row) => row.slice(5, 10).some((cell) => /^\d,\d+$/.test(cell)))).toBe(true);
    expect(res.body).not.toMatch(/\d\.\d/);
    expect(rows.map((row) => row[0])).toContain(TRICKY_NAME);
  });

  it('writes standard CSV in English: BOM, commas, decimal points', async () => {
    const { rows: shown } = await overview(admin, '&sort=theme1&order=desc');
    const res = await download(admin, '/api/board-overview/export?format=csv&lang=en&sort=theme1&order=desc');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = readCsv(res.rawPayload, ',');
    expect(rows[0]?.[0]).toBe('Partnership');
    expect(rows[1]?.[5]).toBe(String(shown[0]?.scores[1]));
    expect(rows.slice(1).some((row) => row.slice(5, 10).some((cell) => /^\d\.\d+$/.test(cell)))).toBe(true);
  });

  it('takes the language from Accept-Language when the link names none', async () => {
    const res = await download(admin, '/api/board-overview/export?format=csv', { 'accept-language': 'en-US' });
    expect(readCsv(res.rawPayload, ',')[0]?.[0]).toBe('Partnership');
    const dutch = await download(admin, '/api/board-overview/export?format=csv', {
      'accept-language': 'nl-BE,en;q=0.5',
    });
    expect(readCsv(dutch.rawPayload, ';')[0]?.[0]).toBe('Partnerschap');
  });

  it('gives a board member exactly the partnerships of their own board overview', async () => {
    const { total } = await overview(board, '');
    const rows = (await readXlsx((await download(board, '/api/board-overview/export?lang=nl')).rawPayload)).get(
      'Partnerschappen',
    );
    expect(rows?.slice(1)).toHaveLength(total);
    expect(rows?.some((row) => String(row[0]).startsWith('Exportpartnerschap'))).toBe(false);
  });

  it('writes the whole review queue, and records who exported what', async () => {
    const queue = ZReviewQueue.parse(
      (await friend.inject({ method: 'GET', url: '/api/review-queue?pageSize=1' })).json(),
    );
    const res = await download(friend, '/api/review-queue/export?format=json');
    const file = res.json<{ about: Record<string, unknown>; flags: { partnership: string }[] }>();
    expect(file.flags).toHaveLength(queue.total);
    expect(file.flags[0]?.partnership).toBe(queue.items[0]?.partnership.name);

    const entry = await app.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('request_id', '=', res.headers['x-request-id'] as string)
      .executeTakeFirst();
    expect(entry).toEqual({ action: 'export.review-queue', details: { format: 'json' } });
  });

  it('exports the audit log of a date range for admins only', async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const url = `/api/audit-log/export?format=csv&lang=en&from=${day(-30)}&to=${day(1)}`;
    const rows = readCsv((await download(admin, url)).rawPayload, ',');
    expect(rows[0]).toEqual(['Time', 'By', 'Action', 'Partnership', 'Subject', 'Subject id', 'Request']);
    expect(rows.slice(1).map((row) => row[2])).toContain('export.review-queue');

    // Dutch: days and times as a Dutch Excel reads them; English: ISO 8601.
    const dutch = readCsv((await download(admin, url.replace('lang=en', 'lang=nl'))).rawPayload, ';');
    expect(dutch[0]?.[0]).toBe('Tijdstip');
    expect(dutch.slice(1).every((row) => /^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/.test(row[0] ?? ''))).toBe(true);
    expect(rows.slice(1).every((row) => !Number.isNaN(Date.parse(row[0] ?? '')) && (row[0] ?? '').includes('T'))).toBe(
      true,
    );

    for (const client of [manager, friend, board]) {
      const refused = await client.inject({ method: 'GET', url });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it.each([
    ['a format it does not make', '/api/board-overview/export?format=pdf'],
    ['a language it does not write', '/api/board-overview/export?lang=de'],
    [
      'CSV of a record with a sheet per kind',
      '/api/partnerships/00000000-0000-4000-8000-000000000000/export?format=csv',
    ],
    ['an end before the start', '/api/audit-log/export?from=2026-06-01&to=2026-05-01'],
    ['more than a year', '/api/audit-log/export?from=2024-01-01&to=2026-01-01'],
    ['a date that does not exist', '/api/audit-log/export?from=2026-02-30&to=2026-03-01'],
    ['an absurd date', '/api/audit-log/export?from=0001-01-01&to=0001-01-02'],
    ['no date range', '/api/audit-log/export'],
  ])('refuses %s with a 400 in the one error shape', async (_, url) => {
    const res = await admin.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.any(String) });
  });
});
