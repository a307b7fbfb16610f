import { describe, expect, it } from 'vitest';
import { MAX_CHART_POINTS } from '../../../lib/downsample.ts';
import { noteMarkers, trendPoints, versionChanges } from './dashboard-data.ts';
import { pointsToDraw } from './points-to-draw.ts';

/** Fifteen years of quarters from 2000-Q1; the questionnaire changes at 2008-Q2. */
const LONG_TREND = Array.from({ length: 60 }, (_, index) => ({
  periodCode: `${2000 + Math.floor(index / 4)}-Q${(index % 4) + 1}`,
  opensOn: `${2000 + Math.floor(index / 4)}-${String((index % 4) * 3 + 1).padStart(2, '0')}-01`,
  instrumentVersion: index >= 33 ? 2 : 1,
  scores: { 1: 2, 2: 2, 3: 2, 4: 2, 5: 2 },
}));
const NOTE = { id: 'n', notedOn: '2005-05-05', text: 'Coördinator vertrokken', author: 'Priya Manders' };

describe('the quarters a trend chart draws', () => {
  it('draws a short series whole', () => {
    const points = trendPoints(LONG_TREND.slice(0, MAX_CHART_POINTS), [NOTE]);
    expect(pointsToDraw(points, versionChanges(points), noteMarkers(points))).toEqual(points);
  });

  it('thins a long series, keeping the ends, both sides of a version change and the quarter of a note', () => {
    const points = trendPoints(LONG_TREND, [NOTE]);
    const drawn = pointsToDraw(points, versionChanges(points), noteMarkers(points));
    const codes = drawn.map((point) => point.periodCode);

    expect(drawn.length).toBeLessThan(points.length);
    expect(drawn.length).toBeLessThanOrEqual(MAX_CHART_POINTS + 4);
    expect(codes).toEqual(expect.arrayContaining(['2000-Q1', '2014-Q4', '2008-Q1', '2008-Q2', '2005-Q2']));
    // Still in order on the numeric axis, and the markers' quarters are drawn.
    expect(drawn.map((point) => point.x)).toEqual([...drawn.map((point) => point.x)].sort((a, b) => a - b));
    expect(versionChanges(drawn)).toEqual(versionChanges(points));
  });

  it('thins the board trend, which has no markers, to the limit', () => {
    const points = LONG_TREND.map((quarter, index) => ({ x: index, periodCode: quarter.periodCode }));
    const drawn = pointsToDraw(points);
    expect(drawn.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(drawn[0]).toEqual(points[0]);
    expect(drawn.at(-1)).toEqual(points.at(-1));
  });
});
