import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TBoardOverview } from '@koers/shared/dashboards';
import { THEME_NUMBERS } from '@koers/shared/themes';
import { scoreColour } from '../../../components/charts/palette.ts';
import { useFormatNumber } from '../../../i18n/use-format-number.ts';
import type { TBoardSort } from '../hooks/use-board-query.ts';
import styles from './board.module.css';

type TBoardHeatmapProps = {
  overview: TBoardOverview;
  sort: TBoardSort;
  order: 'asc' | 'desc';
  onSort: (sort: TBoardSort) => void;
};

/** One row per partnership, one coloured cell per theme, and the open flags; every column header sorts. */
export function BoardHeatmap({ overview, sort, order, onSort }: TBoardHeatmapProps) {
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

type TSortHeaderProps = Omit<TBoardHeatmapProps, 'overview'> & { column: TBoardSort; label: string; numeric?: boolean };

/** A column header that sorts the table, telling assistive technology which way it is sorted now. */
function SortHeader({ column, label, sort, order, onSort, numeric = false }: TSortHeaderProps) {
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
