import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ExportLinks } from '../../../components/export-links.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { useBoardOverview } from '../api/get-board-overview.ts';
import { useBoardQuery } from '../hooks/use-board-query.ts';
import { BoardFilters } from './board-filters.tsx';
import { BoardHeatmap } from './board-heatmap.tsx';
import { BoardTrend } from './board-trend.tsx';
import { NotSubmitted } from './not-submitted.tsx';
import { ScoreLegend } from './score-legend.tsx';
import styles from './board.module.css';

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
              <ExportLinks
                path="/api/board-overview/export"
                query={{
                  periodId: overview.period.id,
                  sector: board.query.sector,
                  scenario: board.query.scenario,
                  region: board.query.region,
                  sort: board.query.sort,
                  order: board.query.order,
                }}
                formats={['xlsx', 'csv']}
                subject={t('board.heatmap.short')}
              />
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
                <BoardHeatmap
                  overview={overview}
                  sort={board.query.sort}
                  order={board.query.order}
                  onSort={board.sortBy}
                />
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
