import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { xlsxSheet } from '../../../lib/chart-export.ts';
import { BOARD_OVERVIEW, OPEN_PERIOD } from '../../../../test/dashboard-fixtures.ts';
import { boardTrendPoints, boardTrendTable, heatmapSheet } from './board-data.ts';

const nl = i18n.getFixedT('nl');
const en = i18n.getFixedT('en');

describe('the heatmap export', () => {
  it('states title, quarter, filters and scale above the table, in the export’s language', () => {
    const sheet = xlsxSheet(heatmapSheet(BOARD_OVERVIEW, { sector: 'po', scenario: 'A', region: 'Twente' }, nl));
    expect(sheet.data.slice(0, 6).map((row) => row.map((cell) => cell?.value))).toEqual([
      ['Koers bestuursoverzicht: thema’s per partnerschap'],
      ['Kwartaal', '2026-Q3'],
      ['Filters', 'Sector: Primair onderwijs (po); Samenwerkingsscenario: Scenario A · Werkplekleren; Regio: Twente'],
      ['Partnerschappen', '3 van 3 in dit bestand'],
      ['Schaal', '1 nog niet gestart – 4 verankerd; leeg: geen score'],
      [],
    ]);
    // The header row comes next and stays in view while scrolling.
    expect(sheet.data[6]?.[0]).toEqual({ value: 'Partnerschap', fontWeight: 'bold' });
    expect(sheet.stickyRowsCount).toBe(7);

    const open = heatmapSheet({ ...BOARD_OVERVIEW, period: OPEN_PERIOD }, {}, en);
    expect(open.facts?.slice(0, 2)).toEqual([
      ['Quarter', '2026-Q4 (still open: not complete yet)'],
      ['Filters', 'none: every partnership in view'],
    ]);
  });

  it('names sector and scenario instead of their codes, and keeps scores as numbers in the score format', () => {
    const sheet = xlsxSheet(heatmapSheet(BOARD_OVERVIEW, {}, en));
    const twente = sheet.data.find((row) => row[0]?.value === 'Partnerschap Twente Leert');
    expect(twente).toEqual([
      { value: 'Partnerschap Twente Leert' },
      { value: 'Twente' },
      { value: 'Primary education (po)' },
      { value: 'Scenario A · Workplace learning' },
      { value: 3.25, format: '0.0#' },
      { value: 2.9, format: '0.0#' },
      { value: 3.05, format: '0.0#' },
      { value: 1.67, format: '0.0#' },
      { value: 3, format: '0.0#' },
      { value: 2 },
      { value: 'yes' },
    ]);
    // A partnership without a score this quarter has empty cells, not zeros.
    const amstel = sheet.data.find((row) => row[0]?.value === 'Samen Opleiden Amstel-Oost');
    expect(amstel?.slice(4, 9)).toEqual([null, null, null, null, null]);
  });

  it('sets a width for every column, wide enough for the names', () => {
    const sheet = xlsxSheet(heatmapSheet(BOARD_OVERVIEW, {}, nl));
    expect(sheet.columns).toHaveLength(11);
    expect(sheet.columns.map((column) => column.width)).toEqual([36, 16, 34, 30, 14, 14, 14, 14, 14, 14, 11]);
    // A sheet that gives no widths still gets one per column, from its header.
    expect(xlsxSheet({ header: ['Kwartaal', 'Een lange kolomnaam'], rows: [] }).columns).toEqual([
      { width: 10 },
      { width: 21 },
    ]);
  });
});

describe('the board trend', () => {
  it('marks the open quarter and says per point how many partnerships it stands on', () => {
    const points = boardTrendPoints(BOARD_OVERVIEW.trend, nl);
    expect(points.at(-1)).toMatchObject({ periodCode: '2026-Q4', mark: 'lopend', detail: 'op 1 partnerschap' });
    expect(points[0]).toMatchObject({ periodCode: '2024-Q4', detail: 'op 12 partnerschappen' });
    expect(points[0]).not.toHaveProperty('mark');

    const table = boardTrendTable(points, nl);
    expect(table.columns.slice(0, 3).map((column) => column.label)).toEqual(['Kwartaal', 'Stand', 'Partnerschappen']);
    expect(table.rows.at(-1)).toEqual(['2026-Q4', 'loopt nog', 1, null, null, null, null, null]);
    expect(table.rows[0]?.slice(0, 3)).toEqual(['2024-Q4', 'compleet', 12]);
  });
});
