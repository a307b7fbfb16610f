import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCENARIOS, SECTORS } from '@koers/shared/partnerships';
import { FilterSelect } from '../../../components/filter-select.tsx';
import type { TPartnershipFilterName, TPartnershipFilters } from '../hooks/use-partnership-filters.ts';
import styles from './partnership-filters.module.css';

/** Long enough to not fetch on every keystroke, short enough to feel live. */
const SEARCH_DELAY_MS = 300;

type TPartnershipFiltersProps = {
  filters: TPartnershipFilters;
  onChange: (name: TPartnershipFilterName, value: string) => void;
  onClear: () => void;
  isFiltered: boolean;
};

export function PartnershipFilters({ filters, onChange, onClear, isFiltered }: TPartnershipFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const [searchText, setSearchText] = useState(filters.search);
  const [appliedSearch, setAppliedSearch] = useState(filters.search);
  const searchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The URL can change under the field (Back, "clear filters"): follow it, as React's docs advise, during render.
  if (filters.search !== appliedSearch) {
    setAppliedSearch(filters.search);
    setSearchText(filters.search);
  }

  useEffect(() => () => clearTimeout(searchTimer.current), []);

  const onSearchInput = (value: string) => {
    setSearchText(value);
    clearTimeout(searchTimer.current);
    searchTimer.current = setTimeout(() => onChange('search', value), SEARCH_DELAY_MS);
  };

  const onClearClick = () => {
    clearTimeout(searchTimer.current);
    setSearchText('');
    onClear();
  };

  return (
    <form
      role="search"
      aria-label={t('partnerships.filters.label')}
      className={`surface ${styles.filters}`}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className={`${styles.field} ${styles.searchField}`}>
        <label htmlFor={`${id}-search`}>{t('partnerships.filters.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={searchText}
          maxLength={100}
          autoComplete="off"
          onChange={(event) => onSearchInput(event.target.value)}
        />
      </div>
      <FilterSelect
        className={styles.field}
        label={t('partnerships.filters.sector')}
        allLabel={t('partnerships.filters.allSectors')}
        value={filters.sector}
        options={SECTORS.map((sector) => ({ value: sector, label: t(`sectors.${sector}`) }))}
        onChange={(value) => onChange('sector', value)}
      />
      <FilterSelect
        className={styles.field}
        label={t('partnerships.filters.scenario')}
        allLabel={t('partnerships.filters.allScenarios')}
        value={filters.scenario}
        options={SCENARIOS.map((scenario) => ({ value: scenario, label: t(`scenarios.${scenario}.label`) }))}
        onChange={(value) => onChange('scenario', value)}
      />
      {isFiltered ? (
        <div className={styles.clear}>
          <button type="button" className="button button-secondary" onClick={onClearClick}>
            {t('partnerships.filters.clear')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
