import type { TFunction } from 'i18next';
import type { TBoardOverview, TBoardOverviewQuery } from '@koers/shared/dashboards';
import { roundScore } from '@koers/shared/score-format';
import { THEME_NUMBERS } from '@koers/shared/themes';
import type { TChartTable } from '../../../components/charts/chart-table.tsx';
import type { TExportSheet } from '../../../lib/chart-export.ts';
import type { TLinePoint } from '../components/theme-line-chart.tsx';
import { quarterNumber } from './quarters.ts';

type TBoardFilters = Pick<TBoardOverviewQuery, 'sector' | 'scenario' | 'region'>;

/** The filters in words, as the export's heading states them: a spreadsheet must say what it holds. */
function filterText(filters: TBoardFilters, t: TFunction): string {
  const parts = [
    filters.sector ? `${t('partnerships.filters.sector')}: ${t(`sectors.${filters.sector}`)}` : null,
    filters.scenario ? `${t('partnerships.filters.scenario')}: ${t(`scenarios.${filters.scenario}.label`)}` : null,
    filters.region ? `${t('board.filters.region')}: ${filters.region}` : null,
  ].filter((part) => part !== null);
  return parts.length === 0 ? t('board.export.noFilters') : parts.join('; ');
}

/**
 * The heatmap as rows for CSV and XLSX: the same columns as the table on screen, with sector and scenario
 * by name in the export's language and scores as numbers. The spreadsheet also states its title,
 * quarter, filters and scale above the table.
 */
export function heatmapSheet(overview: TBoardOverview, filters: TBoardFilters, t: TFunction): TExportSheet {
  const period = overview.period;
  return {
    title: t('board.export.title'),
    facts: [
      [
        t('board.export.quarter'),
        period === null ? '' : period.open ? t('board.export.quarterOpen', { code: period.code }) : period.code,
      ],
      [t('board.export.filters'), filterText(filters, t)],
      [
        t('board.export.partnerships'),
        t('board.export.partnershipsShown', { shown: overview.rows.length, total: overview.total }),
      ],
      [t('board.export.scale'), t('board.export.scaleText')],
    ],
    header: [
      t('board.table.name'),
      t('board.table.region'),
      t('board.table.sector'),
      t('board.table.scenario'),
      ...THEME_NUMBERS.map((theme) => t(`themesShort.theme${theme}`)),
      t('board.table.flags'),
      t('board.table.submitted'),
    ],
    columns: [
      { width: 36 },
      { width: 16 },
      { width: 34 },
      { width: 30 },
      ...THEME_NUMBERS.map(() => ({ width: 14, kind: 'score' as const })),
      { width: 14 },
      { width: 11 },
    ],
    rows: overview.rows.map((row) => [
      row.name,
      row.region,
      t(`sectors.${row.sector}`),
      t(`scenarios.${row.scenario}.label`),
      ...THEME_NUMBERS.map((theme) => roundScore(row.scores[`${theme}`] ?? null)),
      row.openFlags,
      row.submitted ? t('board.table.yes') : t('board.table.no'),
    ]),
  };
}

export type TBoardTrendPoint = TLinePoint & { submitted: number; status: TBoardOverview['trend'][number]['status'] };

const STATUS_KEY = { complete: 'statusComplete', open: 'statusOpen', thin: 'statusThin' } as const;

/** The board's trend as chart points: an open or thin quarter carries a mark, every point its partnerships. */
export function boardTrendPoints(trend: TBoardOverview['trend'], t: TFunction): TBoardTrendPoint[] {
  return trend.map((quarter) => {
    const mark =
      quarter.status === 'open'
        ? t('board.trend.markOpen')
        : quarter.status === 'thin'
          ? t('board.trend.markThin')
          : undefined;
    return {
      x: quarterNumber(quarter.periodCode),
      periodCode: quarter.periodCode,
      submitted: quarter.submitted,
      status: quarter.status,
      scores: {
        1: quarter.averages['1'] ?? null,
        2: quarter.averages['2'] ?? null,
        3: quarter.averages['3'] ?? null,
        4: quarter.averages['4'] ?? null,
        5: quarter.averages['5'] ?? null,
      },
      detail: t('board.trend.pointCount', { count: quarter.submitted }),
      ...(mark === undefined ? {} : { mark }),
    };
  });
}

export function boardTrendTable(points: readonly TBoardTrendPoint[], t: TFunction): TChartTable {
  return {
    caption: t('board.trend.caption'),
    columns: [
      { label: t('dashboard.table.quarter') },
      { label: t('board.trend.status') },
      { label: t('board.trend.submitted'), numeric: true, count: true },
      ...THEME_NUMBERS.map((theme) => ({ label: t(`themesShort.theme${theme}`), numeric: true })),
    ],
    rows: points.map((point) => [
      point.periodCode,
      t(`board.trend.${STATUS_KEY[point.status]}`),
      point.submitted,
      ...THEME_NUMBERS.map((theme) => point.scores[`${theme}`]),
    ]),
  };
}
