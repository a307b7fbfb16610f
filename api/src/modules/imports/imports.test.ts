import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZHistoryImportResult } from '@koers/shared/history-import';
import { createPerson } from '../../../test/fixtures.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';

const GOOD = [
  'period;perspective;indicator;answer;respondent',
  '2023-Q1;coordination;1.1;3;',
  '2023-Q1;coordinatie;4.2;weet niet;',
  '2023-Q1;school;4.2;2;OBS De Esch',
  '2023-Q2;coordination;1.1;4;',
  '2023-Q2;opleiding;5.1;3;',
].join('\n');

describe('importing past quarters from CSV', () => {
  let app: FastifyInstance;
  let pm: TestClient;
  let partnershipId: string;

  beforeAll(async () => {
    app = await buildTestApp();
    const { id } = await app.db
      .insertInto('partnership')
      .values({ name: 'Spreadsheetpartnerschap', region: 'Utrecht', sector: 'vo', scenario: 'B' })
      .returning('id')
      .executeTakeFirstOrThrow();
    partnershipId = id;
    pm = await signedIn(app, (await createPerson(app.db, [{ role: 'programme_manager', partnershipId }])).email);
  });
  afterAll(() => app.close());

  const upload = (csv: string, dryRun: boolean) =>
    pm.inject({ method: 'POST', url: `/api/partnerships/${partnershipId}/history-imports`, payload: { csv, dryRun } });
  const history = async () =>
    (
      (await pm.inject({ method: 'GET', url: `/api/partnerships/${partnershipId}/assessments` })).json() as {
        items: { periodCode: string; status: string }[];
      }
    ).items;

  it('rejects a file with one bad row, naming the row and the reason, and writes nothing', async () => {
    const bad = GOOD.replace('2023-Q2;coordination;1.1;4;', '2023-Q2;coordination;9.9;5;');
    const dry = ZHistoryImportResult.parse((await upload(bad, true)).json());
    expect(dry.imported).toBe(false);
    expect(dry.problems).toEqual([
      { sheet: null, row: 5, column: 'indicator', code: 'INDICATOR_UNKNOWN', params: { value: '9.9' } },
      { sheet: null, row: 5, column: 'answer', code: 'ANSWER_INVALID', params: { value: '5' } },
    ]);

    const real = await upload(bad, false);
    expect(real.statusCode).toBe(400);
    expect(real.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'row.5.indicator', message: 'INDICATOR_UNKNOWN' }, { path: 'row.5.answer' }],
    });
    expect(await history()).toEqual([]);
    expect(await app.db.selectFrom('period').select('code').where('code', 'like', '2023-%').execute()).toEqual([]);
  });

  it('imports the corrected file: its quarters appear in the history, submitted, with their scores', async () => {
    const dry = ZHistoryImportResult.parse((await upload(GOOD, true)).json());
    expect(dry.problems).toEqual([]);
    expect(dry.quarters).toEqual([
      { period: '2023-Q1', responses: 2, answers: 3 },
      { period: '2023-Q2', responses: 2, answers: 2 },
    ]);
    expect(await history()).toEqual([]);

    const real = ZHistoryImportResult.parse((await upload(GOOD, false)).json());
    expect(real.imported).toBe(true);
    expect((await history()).map((h) => [h.periodCode, h.status])).toEqual([
      ['2023-Q2', 'submitted'],
      ['2023-Q1', 'submitted'],
    ]);
    const summary = await app.db
      .selectFrom('theme_summary as s')
      .innerJoin('period as p', 'p.id', 's.period_id')
      .select(['s.score', 's.perspective_scores'])
      .where('p.code', '=', '2023-Q1')
      .where('s.theme_number', '=', 4)
      .executeTakeFirstOrThrow();
    expect(Number(summary.score)).toBe(2);
    expect(summary.perspective_scores).toEqual({ coordination: null, school: 2 });
  });

  it('refuses to import a quarter twice', async () => {
    const again = ZHistoryImportResult.parse((await upload(GOOD, true)).json());
    expect(again.problems[0]).toEqual({
      sheet: null,
      row: 2,
      column: 'period',
      code: 'PERIOD_TAKEN',
      params: { value: '2023-Q1' },
    });
  });

  it('explains a file without the right columns', async () => {
    const res = ZHistoryImportResult.parse((await upload('kwartaal,score\n2023-Q1,3', true)).json());
    expect(res.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [1, 'period', 'COLUMN_MISSING'],
      [1, 'perspective', 'COLUMN_MISSING'],
      [1, 'indicator', 'COLUMN_MISSING'],
      [1, 'answer', 'COLUMN_MISSING'],
    ]);
  });
});

describe('reading a history file as it was saved', () => {
  let app: FastifyInstance;
  let pm: TestClient;
  let partnershipId: string;
  const ROWS = [
    ['period', 'perspective', 'indicator', 'answer', 'respondent'],
    ['2022-Q4', 'coördinatie', '1.1', '3', ''],
    ['2022-Q4', 'school', '4.2', 'weet niet', 'OBS Ünterberg'],
  ];

  beforeAll(async () => {
    app = await buildTestApp();
    const { id } = await app.db
      .insertInto('partnership')
      .values({ name: 'Bestandspartnerschap', region: 'Utrecht', sector: 'po', scenario: 'A' })
      .returning('id')
      .executeTakeFirstOrThrow();
    partnershipId = id;
    pm = await signedIn(app, (await createPerson(app.db, [{ role: 'programme_manager', partnershipId }])).email);
  });
  afterAll(() => app.close());

  const check = async (file: Buffer) =>
    ZHistoryImportResult.parse(
      (
        await pm.inject({
          method: 'POST',
          url: `/api/partnerships/${partnershipId}/history-imports`,
          payload: { file: file.toString('base64'), dryRun: true },
        })
      ).json(),
    );

  it('reads Windows-1252 with semicolons, UTF-8 with commas and an XLSX alike', async () => {
    const semicolons = ROWS.map((row) => row.join(';')).join('\r\n');
    // Every character here is in Latin-1, which Windows-1252 encodes alike.
    const windows = Buffer.from(semicolons, 'latin1');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('geschiedenis').addRows(ROWS);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());

    const expected = {
      dryRun: true,
      imported: false,
      quarters: [{ period: '2022-Q4', responses: 2, answers: 2 }],
      problems: [],
    };
    expect(await check(windows)).toEqual(expected);
    expect(await check(Buffer.from(ROWS.map((row) => row.join(',')).join('\n'), 'utf8'))).toEqual(expected);
    expect(await check(xlsx)).toEqual(expected);
  });
});
