import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { EMPTY_DASHBOARD, TWENTE_DASHBOARD, TWENTE_WITH_PEERS } from '../../../../test/dashboard-fixtures.ts';
import {
  changeInWords,
  mostMovedSummary,
  noteMarkers,
  radarPoints,
  radarTable,
  trendPoints,
  trendTable,
  versionChanges,
} from './dashboard-data.ts';

const nl = i18n.getFixedT('nl');
const en = i18n.getFixedT('en');
const formatNl = (value: number) => value.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
const formatEn = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 2 });

describe('the radar data', () => {
  it('holds each theme with this quarter, the previous one, and no peers when they are hidden', () => {
    const points = radarPoints(TWENTE_DASHBOARD, nl);
    expect(points.map((p) => [p.label, p.current, p.previous, p.peerMedian])).toEqual([
      ['Belang en doel', 3.25, 3, null],
      ['Procesmanagement', 2.9, 2.9, null],
      ['Samenwerken en leren', 3.05, 3.1, null],
      ['Data en feedback', 1.67, 2.27, null],
      ['Doorgaande lijn', 3, 2.95, null],
    ]);
    const table = radarTable(points, TWENTE_DASHBOARD, nl);
    expect(table.columns.map((c) => c.label)).toEqual(['Thema', '2026-Q3', '2026-Q2']);
    expect(table.rows).toEqual(points.map((p) => [p.label, p.current, p.previous]));
  });

  it('adds the peer median as a column only when it is shown', () => {
    const points = radarPoints(TWENTE_WITH_PEERS, nl);
    const table = radarTable(points, TWENTE_WITH_PEERS, nl);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Thema',
      '2026-Q3',
      '2026-Q2',
      'Mediaan vergelijkbare partnerschappen',
    ]);
    expect(table.rows.map((row) => row[3])).toEqual([2.6, 2.7, 2.8, 2.9, 3]);
  });
});

describe('the trend data', () => {
  const points = trendPoints(TWENTE_DASHBOARD.trend, TWENTE_DASHBOARD.notes);

  it('has every quarter on a numeric axis, with the note in the quarter it was dated in', () => {
    expect(points.map((p) => p.periodCode)).toEqual(TWENTE_DASHBOARD.trend.map((q) => q.periodCode));
    expect(points[1]?.x).toBe((points[0]?.x ?? 0) + 1);
    expect(points.find((p) => p.notes.length > 0)?.periodCode).toBe('2026-Q3');
    const [marker] = noteMarkers(points);
    expect(marker?.number).toBe(1);
    // Mid-August is between the start of Q3 and the end of the axis.
    expect(marker?.x).toBeGreaterThan(points.at(-1)?.x ?? 0);
  });

  it('marks where the questionnaire changed', () => {
    expect(versionChanges(points)).toEqual([{ x: points[6]?.x, version: 2 }]);
  });

  it('gives the table exactly the points the chart draws', () => {
    const table = trendTable(points, TWENTE_DASHBOARD.themes, 'nl', nl);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Kwartaal',
      'Versie vragenlijst',
      'Belang en doel van de samenwerking',
      'Procesmanagement en inrichting',
      'Samenwerken en leren',
      'Data en feedback',
      'Doorgaande lijn inhoud en begeleiding',
      'Notities',
    ]);
    expect(table.rows.map((row) => row.slice(0, 7))).toEqual(
      points.map((p) => [
        p.periodCode,
        String(p.version),
        p.scores[1],
        p.scores[2],
        p.scores[3],
        p.scores[4],
        p.scores[5],
      ]),
    );
    expect(table.rows.at(-1)?.[7]).toBe('(1) Coördinator data vertrokken');
    expect(table.rows[0]?.[7]).toBeNull();
  });

  it('keeps every quarter of a long series, so the table has them all', () => {
    const long = Array.from({ length: 60 }, (_, index) => ({
      periodCode: `${2000 + Math.floor(index / 4)}-Q${(index % 4) + 1}`,
      opensOn: `${2000 + Math.floor(index / 4)}-${String((index % 4) * 3 + 1).padStart(2, '0')}-01`,
      instrumentVersion: 1,
      scores: { 1: 2, 2: 2, 3: 2, 4: 2, 5: 2 },
    }));
    const points = trendPoints(long, []);
    expect(points).toHaveLength(60);
    expect(trendTable(points, TWENTE_DASHBOARD.themes, 'nl', nl).rows).toHaveLength(60);
  });
});

describe('changes in words', () => {
  const dataAndFeedback = TWENTE_DASHBOARD.themes[3];
  if (!dataAndFeedback) throw new Error('fixture has five themes');

  it('says how much a theme fell or rose, in Dutch and English', () => {
    expect(changeInWords(dataAndFeedback, 'nl', nl, formatNl)).toBe('Data en feedback daalde 0,6');
    expect(changeInWords(dataAndFeedback, 'en', en, formatEn)).toBe('Data and feedback fell 0.6');
    expect(changeInWords({ ...dataAndFeedback, change: 0.25 }, 'nl', nl, formatNl)).toBe('Data en feedback steeg 0,25');
    expect(changeInWords({ ...dataAndFeedback, change: 0 }, 'en', en, formatEn)).toBe(
      'Data and feedback stayed the same',
    );
  });

  it('names what moved most since the previous quarter', () => {
    expect(mostMovedSummary(TWENTE_DASHBOARD, 'nl', nl, formatNl)).toBe(
      'Het meest bewogen sinds 2026-Q2: Data en feedback daalde 0,6.',
    );
    expect(mostMovedSummary(EMPTY_DASHBOARD, 'en', en, formatEn)).toBe(
      'This is the first submitted quarter; there is nothing to compare with yet.',
    );
  });
});
