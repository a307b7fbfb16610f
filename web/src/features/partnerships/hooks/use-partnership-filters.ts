import { useSearchParams } from 'react-router';
import { ZScenario, ZSector, type TScenario, type TSector } from '@koers/shared/partnerships';

export type TPartnershipFilters = {
  sector: TSector | undefined;
  scenario: TScenario | undefined;
  /** As typed; trimmed only when sent to the API. */
  search: string;
};

export type TPartnershipFilterName = keyof TPartnershipFilters;

/**
 * The list filters live in the URL, so a filtered view can be bookmarked and shared. A value the URL
 * carries but the API would reject (an unknown sector, say) is ignored rather than shown as an error.
 */
export function usePartnershipFilters() {
  const [searchParams, setSearchParams] = useSearchParams();

  const filters: TPartnershipFilters = {
    sector: ZSector.safeParse(searchParams.get('sector')).data,
    scenario: ZScenario.safeParse(searchParams.get('scenario')).data,
    search: searchParams.get('search') ?? '',
  };

  // Filters refine one view: replacing the history entry lets Back leave the page instead of undoing keystrokes.
  const setFilter = (name: TPartnershipFilterName, value: string) => {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === '') next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  };

  const clearFilters = () => setSearchParams({}, { replace: true });

  const isFiltered = filters.sector !== undefined || filters.scenario !== undefined || filters.search.trim() !== '';

  return { filters, setFilter, clearFilters, isFiltered };
}
