import type { TFunction } from 'i18next';
import type { TBoardOverview } from '@koers/shared/dashboards';
import { THEME_NUMBERS } from '@koers/shared/themes';
import type { TChartTable } from '../../../components/charts/chart-table.tsx';
import type { TExportSheet } from '../../../lib/chart-export.ts';
import type { TLinePoint } from '../components/theme-line-chart.tsx';
import { quarterNumber } from './quarters.ts';

/** The heatmap as rows for CSV and XLSX: the same columns as the table on screen. */
export function heatmapSheet(overview: TBoardOverview, t: TFunction): TExportSheet {
  return {
    header: [
      t('board.table.name'),
      t('board.table.region'),
      t('board.table.sector'),
      t('board.table.scenario'),
      ...THEME_NUMBERS.map((theme) => t(`themesShort.theme${theme}`)),
      t('board.table.flags'),
      t('board.table.submitted'),
    ],
    rows: overview.rows.map((row) => [
      row.name,
      row.region,
      row.sector,
      row.scenario,
      ...THEME_NUMBERS.map((theme) => row.scores[`${theme}`] ?? null),
      row.openFlags,
      row.submitted ? t('board.table.yes') : t('board.table.no'),
    ]),
  };
}

export type TBoardTrendPoint = TLinePoint & { submitted: number };

export function boardTrendPoints(trend: TBoardOverview['trend']): TBoardTrendPoint[] {
  return trend.map((quarter) => ({
    x: quarterNumber(quarter.periodCode),
    periodCode: quarter.periodCode,
    submitted: quarter.submitted,
    scores: {
      1: quarter.averages['1'] ?? null,
      2: quarter.averages['2'] ?? null,
      3: quarter.averages['3'] ?? null,
      4: quarter.averages['4'] ?? null,
      5: quarter.averages['5'] ?? null,
    },
  }));
}

export function boardTrendTable(points: readonly TBoardTrendPoint[], t: TFunction): TChartTable {
  return {
    caption: t('board.trend.caption'),
    columns: [
      { label: t('dashboard.table.quarter') },
      { label: t('board.trend.submitted'), numeric: true },
      ...THEME_NUMBERS.map((theme) => ({ label: t(`themesShort.theme${theme}`), numeric: true })),
    ],
    rows: points.map((point) => [
      point.periodCode,
      point.submitted,
      ...THEME_NUMBERS.map((theme) => point.scores[`${theme}`]),
    ]),
  };
}
