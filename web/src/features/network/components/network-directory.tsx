import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ZNetworkQuery } from '@koers/shared/network';
import { SCENARIOS, SECTORS } from '@koers/shared/partnerships';
import { THEME_NUMBERS } from '@koers/shared/themes';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FilterSelect } from '../../../components/filter-select.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useNetworkPortraits } from '../api/get-network-portraits.ts';
import { PortraitBadges, PortraitThemes } from './portrait-facts.tsx';
import styles from './network.module.css';

type TFilterName = 'scenario' | 'sector' | 'theme';

/** The published portraits, filtered from the address so a filtered view can be shared and kept on Back. */
export function NetworkDirectory() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const parsed = ZNetworkQuery.safeParse(Object.fromEntries(params));
  const query = parsed.success ? parsed.data : {};
  const portraits = useNetworkPortraits(query);

  const setFilter = (name: TFilterName, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );

  return (
    <div className={styles.page}>
      <form
        role="search"
        aria-label={t('network.filters.label')}
        className={`surface ${styles.filters}`}
        onSubmit={(event) => event.preventDefault()}
      >
        <FilterSelect
          className={styles.field}
          label={t('network.filters.scenario')}
          allLabel={t('network.filters.allScenarios')}
          value={query.scenario}
          options={SCENARIOS.map((s) => ({ value: s, label: t(`scenarios.${s}.label`) }))}
          onChange={(value) => setFilter('scenario', value)}
        />
        <FilterSelect
          className={styles.field}
          label={t('network.filters.sector')}
          allLabel={t('network.filters.allSectors')}
          value={query.sector}
          options={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
          onChange={(value) => setFilter('sector', value)}
        />
        <FilterSelect
          className={styles.field}
          label={t('network.filters.theme')}
          allLabel={t('network.filters.allThemes')}
          value={query.theme === undefined ? undefined : String(query.theme)}
          options={THEME_NUMBERS.map((n) => ({ value: String(n), label: t(`themesShort.theme${n}`) }))}
          onChange={(value) => setFilter('theme', value)}
        />
      </form>
      {portraits.isPending ? (
        <LoadingState />
      ) : portraits.isError ? (
        <ErrorState error={portraits.error} onRetry={() => void portraits.refetch()} />
      ) : portraits.data.length === 0 ? (
        <EmptyState title={t('network.none')}>
          <p>{t('network.noneText')}</p>
        </EmptyState>
      ) : (
        <>
          <p className={styles.muted} aria-live="polite">
            {t('network.count', { count: portraits.data.length })}
          </p>
          <ul className={styles.grid}>
            {portraits.data.map((portrait) => (
              <li key={portrait.partnershipId} className={`surface ${styles.card}`}>
                <h2>
                  <Link
                    to={`/network/${portrait.partnershipId}`}
                    aria-label={t('network.openPortrait', { name: portrait.name })}
                  >
                    {portrait.name}
                  </Link>
                </h2>
                <p className={styles.muted}>{portrait.region}</p>
                <PortraitBadges portrait={portrait} />
                {portrait.description ? <p className={styles.message}>{portrait.description}</p> : null}
                <PortraitThemes portrait={portrait} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
