import type { TFunction } from 'i18next';
import type { TPartnershipDashboard, TTimelineNote } from '@koers/shared/dashboards';
import type { TThemeNumber } from '@koers/shared/themes';
import type { TChartTable } from '../../../components/charts/chart-table.tsx';
import { seriesStyle } from '../../../components/charts/palette.ts';
import { dateQuarterNumber, quarterNumber } from './quarters.ts';

/**
 * The numbers behind each chart of the partnership dashboard. Each chart and its table alternative are
 * made from the same points by these functions, so what is drawn and what is read are the same data.
 */

type TTheme = TPartnershipDashboard['themes'][number];
type TThemeKey = `${TThemeNumber}`;
export type TFormatScore = (value: number) => string;
type TLanguage = 'nl' | 'en';

const themeKey = (theme: TThemeNumber): TThemeKey => `${theme}`;

/** A change smaller than this is rounding, not movement. */
const NO_CHANGE = 0.005;

export type TRadarPoint = {
  theme: TThemeNumber;
  label: string;
  current: number | null;
  previous: number | null;
  peerMedian: number | null;
};

/** The radar's three series, drawn and named in the legend alike. */
export const RADAR_SERIES = { current: seriesStyle(0), previous: seriesStyle(1), peers: seriesStyle(2) } as const;

export function radarPoints(dashboard: TPartnershipDashboard, t: TFunction): TRadarPoint[] {
  return dashboard.themes.map((theme) => ({
    theme: theme.theme,
    label: t(`themesShort.theme${themeKey(theme.theme)}`),
    current: theme.score,
    previous: theme.previous,
    peerMedian: dashboard.peers.shown ? theme.peerMedian : null,
  }));
}

export function radarTable(
  points: readonly TRadarPoint[],
  dashboard: TPartnershipDashboard,
  t: TFunction,
): TChartTable {
  const current = dashboard.period?.code ?? '';
  const previous = dashboard.previousPeriod?.code;
  return {
    caption: t('dashboard.radar.caption', { period: current }),
    columns: [
      { label: t('dashboard.table.theme') },
      { label: current, numeric: true },
      ...(previous ? [{ label: previous, numeric: true }] : []),
      ...(dashboard.peers.shown ? [{ label: t('dashboard.radar.peerMedian'), numeric: true }] : []),
    ],
    rows: points.map((point) => [
      point.label,
      point.current,
      ...(previous ? [point.previous] : []),
      ...(dashboard.peers.shown ? [point.peerMedian] : []),
    ]),
  };
}

export type TTrendPoint = {
  /** The quarter on the numeric axis (see quarterNumber). */
  x: number;
  periodCode: string;
  version: number;
  scores: Record<TThemeKey, number | null>;
  /** Notes dated in this quarter, so the table tells the same story as the markers on the chart. */
  notes: TTimelineNote[];
};

export type TNoteMarker = { x: number; number: number; note: TTimelineNote };

/** A score as a chart reads it: Recharts leaves a gap for null. */
function trendScore(point: Pick<TTrendPoint, 'scores'>, theme: TThemeNumber): number | null {
  return point.scores[themeKey(theme)];
}

export function trendPoints(trend: TPartnershipDashboard['trend'], notes: readonly TTimelineNote[]): TTrendPoint[] {
  const points: TTrendPoint[] = trend.map((quarter) => ({
    x: quarterNumber(quarter.periodCode),
    periodCode: quarter.periodCode,
    version: quarter.instrumentVersion,
    scores: {
      1: quarter.scores['1'] ?? null,
      2: quarter.scores['2'] ?? null,
      3: quarter.scores['3'] ?? null,
      4: quarter.scores['4'] ?? null,
      5: quarter.scores['5'] ?? null,
    },
    notes: [],
  }));
  for (const note of [...notes].sort((a, b) => a.notedOn.localeCompare(b.notedOn))) {
    const at = Math.floor(dateQuarterNumber(note.notedOn));
    // The quarter the note falls in, or the nearest submitted one before it (the first, for older notes).
    const home = points.findLast((point) => point.x <= at) ?? points[0];
    home?.notes.push(note);
  }
  return points;
}

/** Where a new questionnaire version was first used: comparing across this line needs care. */
export function versionChanges(points: readonly TTrendPoint[]): { x: number; version: number }[] {
  return points
    .filter((point, index) => index > 0 && points[index - 1]?.version !== point.version)
    .map((point) => ({ x: point.x, version: point.version }));
}

/** The notes on the chart, numbered by date, each at the moment it was dated (kept inside the axis). */
export function noteMarkers(points: readonly TTrendPoint[]): TNoteMarker[] {
  const first = points[0]?.x ?? 0;
  const last = (points.at(-1)?.x ?? 0) + 0.99;
  return points
    .flatMap((point) => point.notes)
    .map((note, index) => ({
      x: Math.min(last, Math.max(first, dateQuarterNumber(note.notedOn))),
      number: index + 1,
      note,
    }));
}

export function trendTable(
  points: readonly TTrendPoint[],
  themes: readonly Pick<TTheme, 'theme' | 'name'>[],
  language: TLanguage,
  t: TFunction,
): TChartTable {
  const markers = noteMarkers(points);
  return {
    caption: t('dashboard.trend.caption'),
    columns: [
      { label: t('dashboard.table.quarter') },
      { label: t('dashboard.table.version'), numeric: true },
      ...themes.map((theme) => ({ label: theme.name[language], numeric: true })),
      { label: t('dashboard.table.notes') },
    ],
    rows: points.map((point) => [
      point.periodCode,
      // A version is a label, not an amount: "2", never "2,0".
      String(point.version),
      ...themes.map((theme) => trendScore(point, theme.theme)),
      point.notes
        .map((note) => `(${markers.find((marker) => marker.note.id === note.id)?.number ?? ''}) ${note.text}`)
        .join(' ') || null,
    ]),
  };
}

/** "Data en feedback daalde 0,6": the change of one theme in words, so nobody needs the colour. */
export function changeInWords(
  theme: Pick<TTheme, 'name' | 'change'>,
  language: TLanguage,
  t: TFunction,
  formatScore: TFormatScore,
): string {
  const name = theme.name[language];
  if (theme.change === null) return t('dashboard.change.none', { theme: name });
  if (Math.abs(theme.change) < NO_CHANGE) return t('dashboard.change.same', { theme: name });
  const amount = formatScore(Math.abs(theme.change));
  return theme.change > 0
    ? t('dashboard.change.rose', { theme: name, amount })
    : t('dashboard.change.fell', { theme: name, amount });
}

/** The change alone ("daalde 0,6 sinds 2026-Q2"), for a place where the theme is already named. */
export function changeByWords(
  change: number | null,
  previous: string | undefined,
  t: TFunction,
  formatScore: TFormatScore,
): string {
  if (change === null || previous === undefined) return t('dashboard.change.noneShort');
  if (Math.abs(change) < NO_CHANGE) return t('dashboard.change.sameShort', { previous });
  const amount = formatScore(Math.abs(change));
  return change > 0
    ? t('dashboard.change.roseBy', { amount, previous })
    : t('dashboard.change.fellBy', { amount, previous });
}

export type TChangeDirection = 'up' | 'down' | 'same' | 'none';

export function changeDirection(change: number | null): TChangeDirection {
  if (change === null) return 'none';
  if (Math.abs(change) < NO_CHANGE) return 'same';
  return change > 0 ? 'up' : 'down';
}

/** The one-sentence answer to "what moved most since last quarter?". */
export function mostMovedSummary(
  dashboard: TPartnershipDashboard,
  language: TLanguage,
  t: TFunction,
  formatScore: TFormatScore,
): string {
  const previous = dashboard.previousPeriod?.code;
  if (!previous) return t('dashboard.change.first');
  const moved = dashboard.themes
    .filter(
      (theme): theme is TTheme & { change: number } => theme.change !== null && Math.abs(theme.change) >= NO_CHANGE,
    )
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))[0];
  if (!moved) return t('dashboard.change.stable', { previous });
  return t('dashboard.change.mostMoved', { previous, change: changeInWords(moved, language, t, formatScore) });
}

/** Highest and lowest theme this quarter, for the radar's summary. */
export function radarSummary(
  dashboard: TPartnershipDashboard,
  language: TLanguage,
  t: TFunction,
  formatScore: TFormatScore,
): string {
  const scored = dashboard.themes.filter((theme): theme is TTheme & { score: number } => theme.score !== null);
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const high = sorted[0];
  const low = sorted.at(-1);
  if (!high || !low) return t('dashboard.radar.noScores');
  return t('dashboard.radar.summary', {
    period: dashboard.period?.code ?? '',
    high: high.name[language],
    highScore: formatScore(high.score),
    low: low.name[language],
    lowScore: formatScore(low.score),
  });
}

/** Which themes rose and fell over the whole series, for the trend's summary. */
export function trendSummary(points: readonly TTrendPoint[], t: TFunction): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || first === last) return t('dashboard.trend.tooShort');
  return t('dashboard.trend.summary', { count: points.length, from: first.periodCode, to: last.periodCode });
}

const PERSPECTIVES = ['coordination', 'institute', 'school_board', 'school'] as const;
export type TPerspective = (typeof PERSPECTIVES)[number];

/** The perspectives that answered at all this quarter; a column nobody filled in says nothing. */
export function answeredPerspectives(dashboard: TPartnershipDashboard): TPerspective[] {
  return PERSPECTIVES.filter((perspective) =>
    dashboard.themes.some((theme) => typeof theme.perspectives[perspective] === 'number'),
  );
}

export function perspectiveTable(dashboard: TPartnershipDashboard, t: TFunction): TChartTable {
  const perspectives = answeredPerspectives(dashboard);
  return {
    caption: t('dashboard.perspectives.caption', { period: dashboard.period?.code ?? '' }),
    columns: [
      { label: t('dashboard.table.theme') },
      ...perspectives.map((perspective) => ({
        label: t(`dashboard.perspectives.kinds.${perspective}`),
        numeric: true,
      })),
      { label: t('dashboard.perspectives.spread'), numeric: true },
    ],
    rows: dashboard.themes.map((theme) => [
      t(`themesShort.theme${themeKey(theme.theme)}`),
      ...perspectives.map((perspective) => theme.perspectives[perspective] ?? null),
      theme.perspectiveSpread,
    ]),
  };
}
