import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TThemeNumber } from '@koers/shared/themes';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useFlagGoodApproaches } from '../api/get-flag-good-approaches.ts';
import { ApproachCard } from './approach-card.tsx';
import styles from './good-approaches.module.css';

/** On a flag's page: what other partnerships did on its theme, best fit first. */
export function FlagGoodApproaches({ flagId, theme }: { flagId: string; theme: TThemeNumber | null }) {
  const { t } = useTranslation();
  const query = useFlagGoodApproaches(flagId);
  // A flag out of reach is told by the flag's own section; this one then stays away.
  if (query.isError && query.error instanceof ApiRequestError && query.error.status === 404) return null;
  return (
    <section aria-labelledby="flag-good-approaches" className={`${styles.page} ${styles.flagSection}`}>
      <div>
        <h2 id="flag-good-approaches">{t('goodApproaches.flag.title')}</h2>
        <p className={styles.muted}>{t('goodApproaches.flag.intro')}</p>
      </div>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : theme === null ? (
        <p>{t('goodApproaches.flag.noTheme')}</p>
      ) : query.data.items.length === 0 ? (
        <p>{t('goodApproaches.flag.none')}</p>
      ) : (
        <ul className={styles.list}>
          {query.data.items.map(({ approach, sameScenario, sharedIndicators }) => (
            <li key={approach.id}>
              <ApproachCard
                approach={approach}
                headingLevel={3}
                reasons={[
                  ...(sameScenario ? [t('goodApproaches.flag.sameScenario')] : []),
                  ...(sharedIndicators.length > 0
                    ? [t('goodApproaches.flag.sharedIndicators', { codes: sharedIndicators.join(', ') })]
                    : []),
                ]}
              />
            </li>
          ))}
        </ul>
      )}
      {theme === null ? null : (
        <p>
          <Link to={`/good-approaches?theme=${theme}`}>{t('goodApproaches.flag.all')}</Link>
        </p>
      )}
    </section>
  );
}
