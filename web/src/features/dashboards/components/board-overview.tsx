import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MIN_PEERS, type TBoardOverview, type TBoardOverviewQuery } from '@koers/shared/dashboards';
import { SCENARIOS, SECTORS } from '@koers/shared/partnerships';
import { THEME_NUMBERS, type TThemeNumber } from '@koers/shared/themes';
import { ChartFigure } from '../../../components/charts/chart-figure.tsx';
import { SCORE_LEGEND, scoreColour, seriesStyle } from '../../../components/charts/palette.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { useFormatNumber } from '../../../i18n/use-format-number.ts';
import { downloadCsv, downloadXlsx, exportFileName } from '../../../lib/chart-export.ts';
import { useBoardOverview } from '../api/get-board-overview.ts';
import { useBoardQuery, type TBoardSort } from '../hooks/use-board-query.ts';
import { boardTrendPoints, boardTrendTable, heatmapSheet } from '../utils/board-data.ts';
import { pointsToDraw } from '../utils/points-to-draw.ts';
import { ThemeFocus } from './theme-focus.tsx';
import { ThemeLineChart } from './lazy-charts.ts';
import styles from './board.module.css';

const BOARD_TREND_HEIGHT = 280;

/** For board members and admins: every partnership in view on the five themes, for one quarter. */
export function BoardOverview() {
  const { t } = useTranslation();
  const board = useBoardQuery();
  const query = useBoardOverview(board.query);

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const overview = query.data;

  return (
    <div className={styles.board}>
      <BoardFilters overview={overview} board={board} />
      {overview.period === null ? (
        <EmptyState title={t('board.empty.title')}>
          <p>{t('board.empty.text')}</p>
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="heatmap" aria-busy={query.isPlaceholderData} className={`surface ${styles.card}`}>
            <div className={styles.cardHeader}>
              <h2 id="heatmap">{t('board.heatmap.title', { period: overview.period.code })}</h2>
              <HeatmapExports overview={overview} filters={board.query} />
            </div>
            {overview.period.open ? (
              <p className={styles.openNote}>{t('board.heatmap.openNote', { period: overview.period.code })}</p>
            ) : null}
            <p className={styles.muted}>{t('board.heatmap.intro')}</p>
            <p role="status" className={styles.count}>
              {query.isPlaceholderData ? t('status.updating') : t('board.count', { count: overview.total })}
            </p>
            {overview.rows.length === 0 ? (
              <EmptyState
                title={t('board.empty.filteredTitle')}
                action={
                  <button type="button" className="button button-secondary" onClick={board.clearFilters}>
                    {t('partnerships.filters.clear')}
                  </button>
                }
              >
                <p>{t('board.empty.filtered')}</p>
              </EmptyState>
            ) : (
              <div className={query.isPlaceholderData ? styles.stale : undefined}>
                <Heatmap overview={overview} sort={board.query.sort} order={board.query.order} onSort={board.sortBy} />
                <ScoreLegend />
                <Pagination
                  page={board.query.page}
                  pageCount={Math.max(1, Math.ceil(overview.total / board.query.pageSize))}
                  onPage={board.setPage}
                />
              </div>
            )}
          </section>
          <div className={styles.grid}>
            <BoardTrend overview={overview} />
            <NotSubmitted overview={overview} />
          </div>
        </>
      )}
    </div>
  );
}

function BoardFilters({ overview, board }: { overview: TBoardOverview; board: ReturnType<typeof useBoardQuery> }) {
  const { t } = useTranslation();
  const id = useId();
  const { query } = board;
  return (
    <form
      role="search"
      aria-label={t('board.filters.label')}
      className={styles.filters}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className={styles.field}>
        <label htmlFor={`${id}-quarter`}>{t('dashboard.quarter')}</label>
        {/* The default quarter is the latest closed one; its option stands for "no quarter chosen". */}
        <select
          id={`${id}-quarter`}
          value={query.periodId === undefined || query.periodId === overview.defaultPeriodId ? '' : query.periodId}
          onChange={(event) => board.setFilter('quarter', event.target.value)}
        >
          {overview.periods.map((period) => (
            <option key={period.id} value={period.id === overview.defaultPeriodId ? '' : period.id}>
              {period.id === overview.defaultPeriodId
                ? t('board.filters.latestComplete', { code: period.code })
                : period.open
                  ? t('board.filters.openQuarter', { code: period.code })
                  : period.code}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-sector`}>{t('partnerships.filters.sector')}</label>
        <select
          id={`${id}-sector`}
          value={query.sector ?? ''}
          onChange={(event) => board.setFilter('sector', event.target.value)}
        >
          <option value="">{t('partnerships.filters.allSectors')}</option>
          {SECTORS.map((sector) => (
            <option key={sector} value={sector}>
              {t(`sectors.${sector}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-scenario`}>{t('partnerships.filters.scenario')}</label>
        <select
          id={`${id}-scenario`}
          value={query.scenario ?? ''}
          onChange={(event) => board.setFilter('scenario', event.target.value)}
        >
          <option value="">{t('partnerships.filters.allScenarios')}</option>
          {SCENARIOS.map((scenario) => (
            <option key={scenario} value={scenario}>
              {t(`scenarios.${scenario}.label`)}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-region`}>{t('board.filters.region')}</label>
        <select
          id={`${id}-region`}
          value={query.region ?? ''}
          onChange={(event) => board.setFilter('region', event.target.value)}
        >
          <option value="">{t('board.filters.allRegions')}</option>
          {overview.regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
      </div>
      {board.isFiltered ? (
        <div className={styles.clear}>
          <button type="button" className="button button-secondary" onClick={board.clearFilters}>
            {t('partnerships.filters.clear')}
          </button>
        </div>
      ) : null}
    </form>
  );
}

type HeatmapProps = {
  overview: TBoardOverview;
  sort: TBoardSort;
  order: 'asc' | 'desc';
  onSort: (sort: TBoardSort) => void;
};

function Heatmap({ overview, sort, order, onSort }: HeatmapProps) {
  const { t } = useTranslation();
  const { score } = useFormatNumber();
  const quarter = overview.period ? `?quarter=${overview.period.id}` : '';

  return (
    <div className="table-wrapper">
      <table className={`data-table ${styles.heatmap}`}>
        <caption className="visually-hidden">
          {t('board.heatmap.caption', { period: overview.period?.code ?? '' })}
        </caption>
        <thead>
          <tr>
            <SortHeader column="name" label={t('board.table.name')} sort={sort} order={order} onSort={onSort} />
            {THEME_NUMBERS.map((theme) => (
              <SortHeader
                key={theme}
                column={`theme${theme}`}
                label={t(`themesShort.theme${theme}`)}
                sort={sort}
                order={order}
                onSort={onSort}
                numeric
              />
            ))}
            <th scope="col" className="numeric">
              {t('board.table.flags')}
            </th>
          </tr>
        </thead>
        <tbody>
          {overview.rows.map((row) => (
            <tr key={row.partnershipId}>
              <th scope="row" className={styles.nameCell}>
                <Link to={`/partnerships/${row.partnershipId}/dashboard${row.submitted ? quarter : ''}`}>
                  {row.name}
                </Link>
                <span className={styles.rowFacts}>
                  {row.region} · {row.sector} · {row.scenario}
                  {row.submitted ? null : (
                    <span className={styles.notSubmittedBadge}>{t('board.table.notSubmitted')}</span>
                  )}
                </span>
              </th>
              {THEME_NUMBERS.map((theme) => {
                const value = row.scores[`${theme}`] ?? null;
                const colour = value === null ? null : scoreColour(value);
                return (
                  <td
                    key={theme}
                    data-label={t(`themesShort.theme${theme}`)}
                    className={`numeric ${styles.scoreCell}`}
                    style={colour ? { background: colour.background, color: colour.text } : undefined}
                  >
                    {value === null ? <span className={styles.noScore}>—</span> : score(value)}
                  </td>
                );
              })}
              <td data-label={t('board.table.flags')} className="numeric">
                {row.openFlags === 0 ? (
                  <span className={styles.muted}>0</span>
                ) : (
                  <span className={styles.flagCount}>{t('board.table.flagCount', { count: row.openFlags })}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type SortHeaderProps = Omit<HeatmapProps, 'overview'> & { column: TBoardSort; label: string; numeric?: boolean };

/** A column header that sorts the table, telling assistive technology which way it is sorted now. */
function SortHeader({ column, label, sort, order, onSort, numeric = false }: SortHeaderProps) {
  const active = sort === column;
  return (
    <th
      scope="col"
      aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={numeric ? `numeric ${styles.themeHeader}` : undefined}
    >
      <button type="button" className={styles.sortButton} onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className={active ? styles.sortActive : styles.sortIdle}>
          {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function ScoreLegend() {
  const { t } = useTranslation();
  const { score } = useFormatNumber();
  const label = (step: (typeof SCORE_LEGEND)[number], index: number) => {
    if (step.to === null) return t('board.heatmap.legendFrom', { from: score(step.from) });
    if (index === 0) return t('board.heatmap.legendBelow', { to: score(step.to) });
    return t('board.heatmap.legendRange', { from: score(step.from), to: score(step.to) });
  };
  return (
    <div className={styles.legend}>
      <span id="score-legend">{t('board.heatmap.legend')}</span>
      <ul aria-labelledby="score-legend">
        {SCORE_LEGEND.map((step, index) => (
          <li key={step.from} style={{ background: step.background, color: step.text }}>
            {label(step, index)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function HeatmapExports({ overview, filters }: { overview: TBoardOverview; filters: TBoardOverviewQuery }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const fileName = exportFileName(t('board.file'), overview.period?.code ?? '');
  const sheet = () => heatmapSheet(overview, filters, t);
  const xlsx = async () => {
    setFailed(false);
    try {
      await downloadXlsx(sheet(), fileName);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className={styles.tools}>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => downloadCsv(sheet(), fileName)}
      >
        {t('charts.downloadCsv')}
        <span className="visually-hidden">: {t('board.heatmap.short')}</span>
      </button>
      <button type="button" className="button button-secondary button-small" onClick={() => void xlsx()}>
        {t('charts.downloadXlsx')}
        <span className="visually-hidden">: {t('board.heatmap.short')}</span>
      </button>
      <p role="status" className={styles.exportStatus}>
        {failed ? t('charts.exportFailed') : null}
      </p>
    </div>
  );
}

function BoardTrend({ overview }: { overview: TBoardOverview }) {
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

function NotSubmitted({ overview }: { overview: TBoardOverview }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-submitted" className={`surface ${styles.card}`}>
      <h2 id="not-submitted">{t('board.notSubmitted.title', { period: overview.period?.code ?? '' })}</h2>
      {overview.notSubmitted.length === 0 ? (
        <p className={styles.calm}>{t('board.notSubmitted.none')}</p>
      ) : (
        <>
          <p className={styles.muted}>{t('board.notSubmitted.intro')}</p>
          <ul className={styles.notSubmitted}>
            {overview.notSubmitted.map((partnership) => (
              <li key={partnership.partnershipId}>
                <Link to={`/partnerships/${partnership.partnershipId}/dashboard`}>{partnership.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
