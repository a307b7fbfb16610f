import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PEERS, type TBoardOverview } from '@koers/shared/dashboards';
import { THEME_NUMBERS, type TThemeNumber } from '@koers/shared/themes';
import { ChartFigure } from '../../../components/charts/chart-figure.tsx';
import { seriesStyle } from '../../../components/charts/palette.ts';
import { exportFileName } from '../../../lib/chart-export.ts';
import { boardTrendPoints, boardTrendTable } from '../utils/board-data.ts';
import { pointsToDraw } from '../utils/points-to-draw.ts';
import { ThemeFocus } from './theme-focus.tsx';
import { ThemeLineChart } from './lazy-charts.ts';

const BOARD_TREND_HEIGHT = 280;

/** The average per theme over the quarters, of the partnerships in view, with the table it is drawn from. */
export function BoardTrend({ overview }: { overview: TBoardOverview }) {
  const { t } = useTranslation();
  const [focus, setFocus] = useState<TThemeNumber | null>(null);
  const points = boardTrendPoints(overview.trend, t);
  const drawn = pointsToDraw(points);
  const table = boardTrendTable(points, t);
  const themeNames = Object.fromEntries(
    THEME_NUMBERS.map((theme) => [theme, t(`themesShort.theme${theme}`)]),
  ) as Record<TThemeNumber, string>;
  const first = points[0];
  const last = points.at(-1);
  const open = points.filter((point) => point.status === 'open');
  const drawable = points.some((point) => THEME_NUMBERS.some((theme) => point.scores[`${theme}`] !== null));
  const figure = {
    title: t('board.trend.title'),
    table,
    fileName: exportFileName(t('board.trend.file')),
    height: BOARD_TREND_HEIGHT,
  };
  // Nothing to draw: no legend, theme choice or words about shading, only why, and the table.
  if (!drawable && points.length > 0) {
    return (
      <ChartFigure
        {...figure}
        summary={<p>{t('board.trend.basis', { min: MIN_PEERS })}</p>}
        nothingToDraw={<p>{t('board.trend.nothingToDraw', { min: MIN_PEERS })}</p>}
      >
        {null}
      </ChartFigure>
    );
  }
  return (
    <ChartFigure
      {...figure}
      summary={
        <>
          <p>
            {first && last
              ? t('board.trend.summary', { from: first.periodCode, to: last.periodCode, count: points.length })
              : t('dashboard.trend.tooShort')}
          </p>
          <p>{t('board.trend.basis', { min: MIN_PEERS })}</p>
          {open.map((point) => (
            <p key={point.periodCode}>
              {t('board.trend.openSummary', { period: point.periodCode, count: point.submitted })}
            </p>
          ))}
          {drawn.length < points.length ? (
            <p>{t('charts.thinned', { shown: drawn.length, total: points.length })}</p>
          ) : null}
        </>
      }
      legend={THEME_NUMBERS.map((theme, index) => ({ label: themeNames[theme], style: seriesStyle(index) }))}
      controls={<ThemeFocus focus={focus} onFocus={setFocus} />}
    >
      <ThemeLineChart points={drawn} themeNames={themeNames} focus={focus} height={BOARD_TREND_HEIGHT} />
    </ChartFigure>
  );
}
