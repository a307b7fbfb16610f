import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCENARIOS, SECTORS } from '@koers/shared/partnerships';
import type { TPartnershipFilterName, TPartnershipFilters } from '../hooks/use-partnership-filters.ts';
import styles from './partnership-filters.module.css';

/** Long enough to not fetch on every keystroke, short enough to feel live. */
const SEARCH_DELAY_MS = 300;

type PartnershipFiltersProps = {
  filters: TPartnershipFilters;
  onChange: (name: TPartnershipFilterName, value: string) => void;
  onClear: () => void;
  isFiltered: boolean;
};

export function PartnershipFilters({ filters, onChange, onClear, isFiltered }: PartnershipFiltersProps) {
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
      <div className={styles.field}>
        <label htmlFor={`${id}-sector`}>{t('partnerships.filters.sector')}</label>
        <select
          id={`${id}-sector`}
          value={filters.sector ?? ''}
          onChange={(event) => onChange('sector', event.target.value)}
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
          value={filters.scenario ?? ''}
          onChange={(event) => onChange('scenario', event.target.value)}
        >
          <option value="">{t('partnerships.filters.allScenarios')}</option>
          {SCENARIOS.map((scenario) => (
            <option key={scenario} value={scenario}>
              {t(`scenarios.${scenario}.label`)}
            </option>
          ))}
        </select>
      </div>
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
