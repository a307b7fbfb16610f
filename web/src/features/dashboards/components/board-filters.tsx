import { useTranslation } from 'react-i18next';
import type { TBoardOverview } from '@koers/shared/dashboards';
import { SCENARIOS, SECTORS } from '@koers/shared/partnerships';
import { FilterSelect } from '../../../components/filter-select.tsx';
import type { useBoardQuery } from '../hooks/use-board-query.ts';
import styles from './board.module.css';

type TBoardFiltersProps = { overview: TBoardOverview; board: ReturnType<typeof useBoardQuery> };

/** Quarter, sector, scenario and region of the board overview; each choice is kept in the address. */
export function BoardFilters({ overview, board }: TBoardFiltersProps) {
  const { t } = useTranslation();
  const { query } = board;
  // The default quarter is the latest closed one; its option stands for "no quarter chosen".
  const quarters = overview.periods.map((period) => ({
    value: period.id === overview.defaultPeriodId ? '' : period.id,
    label:
      period.id === overview.defaultPeriodId
        ? t('board.filters.latestComplete', { code: period.code })
        : period.open
          ? t('board.filters.openQuarter', { code: period.code })
          : period.code,
  }));
  return (
    <form
      role="search"
      aria-label={t('board.filters.label')}
      className={styles.filters}
      onSubmit={(event) => event.preventDefault()}
    >
      <FilterSelect
        className={styles.field}
        label={t('dashboard.quarter')}
        value={query.periodId === overview.defaultPeriodId ? undefined : query.periodId}
        options={quarters}
        onChange={(value) => board.setFilter('quarter', value)}
      />
      <FilterSelect
        className={styles.field}
        label={t('partnerships.filters.sector')}
        allLabel={t('partnerships.filters.allSectors')}
        value={query.sector}
        options={SECTORS.map((sector) => ({ value: sector, label: t(`sectors.${sector}`) }))}
        onChange={(value) => board.setFilter('sector', value)}
      />
      <FilterSelect
        className={styles.field}
        label={t('partnerships.filters.scenario')}
        allLabel={t('partnerships.filters.allScenarios')}
        value={query.scenario}
        options={SCENARIOS.map((scenario) => ({ value: scenario, label: t(`scenarios.${scenario}.label`) }))}
        onChange={(value) => board.setFilter('scenario', value)}
      />
      <FilterSelect
        className={styles.field}
        label={t('board.filters.region')}
        allLabel={t('board.filters.allRegions')}
        value={query.region}
        options={overview.regions.map((region) => ({ value: region, label: region }))}
        onChange={(value) => board.setFilter('region', value)}
      />
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
