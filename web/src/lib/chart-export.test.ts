import { describe, expect, it } from 'vitest';
import { exportFileName, toCsv } from './chart-export.ts';

describe('chart export', () => {
  it('writes CSV with a byte-order mark, quoting what needs it and leaving empty cells empty', () => {
    expect(
      toCsv({
        header: ['Kwartaal', 'Notitie'],
        rows: [
          ['2026-Q1', 'Nieuwe "coördinator", gestart'],
          ['2026-Q2', null],
        ],
      }),
    ).toBe('\uFEFFKwartaal,Notitie\r\n2026-Q1,"Nieuwe ""coördinator"", gestart"\r\n2026-Q2,\r\n');
  });

  it('makes a file name from a title', () => {
    expect(exportFileName('Partnerschap Twente Leert', 'Thema’s 2026-Q3')).toBe(
      'partnerschap-twente-leert-thema-s-2026-q3',
    );
  });
});
