import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePartnerships } from '../api/get-partnerships.ts';
import type { TPartnershipFilters } from '../hooks/use-partnership-filters.ts';
import { PartnershipTable } from './partnership-table.tsx';
import styles from './partnership-list.module.css';

type TPartnershipListProps = {
  filters: TPartnershipFilters;
  isFiltered: boolean;
  onClearFilters: () => void;
};

export function PartnershipList({ filters, isFiltered, onClearFilters }: TPartnershipListProps) {
  const { t } = useTranslation();
  const search = filters.search.trim();
  const query = usePartnerships({
    sector: filters.sector,
    scenario: filters.scenario,
    search: search === '' ? undefined : search,
  });

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const partnerships = query.data;
  return (
    <section aria-labelledby="partnership-results" aria-busy={query.isPlaceholderData}>
      <p id="partnership-results" className={styles.count} role="status">
        {query.isPlaceholderData ? t('status.updating') : t('partnerships.count', { count: partnerships.length })}
      </p>
      {partnerships.length === 0 ? (
        <EmptyState
          title={t('partnerships.empty.title')}
          action={
            isFiltered ? (
              <button type="button" className="button button-secondary" onClick={onClearFilters}>
                {t('partnerships.filters.clear')}
              </button>
            ) : undefined
          }
        >
          <p>{isFiltered ? t('partnerships.empty.filtered') : t('partnerships.empty.none')}</p>
        </EmptyState>
      ) : (
        <div className={query.isPlaceholderData ? styles.stale : undefined}>
          <PartnershipTable partnerships={partnerships} />
        </div>
      )}
    </section>
  );
}
