import type { TFunction } from 'i18next';
import type { TBoardOverview } from '@koers/shared/dashboards';
import { THEME_NUMBERS } from '@koers/shared/themes';
import type { TChartTable } from '../../../components/charts/chart-table.tsx';
import type { TLinePoint } from '../components/theme-line-chart.tsx';
import { quarterNumber } from './quarters.ts';

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
