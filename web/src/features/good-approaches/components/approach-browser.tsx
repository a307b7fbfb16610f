import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TCurrentUser } from '@koers/shared/auth';
import { GOOD_APPROACH_VIEWS, ZGoodApproachQuery } from '@koers/shared/good-approaches';
import { SCENARIOS } from '@koers/shared/partnerships';
import { can } from '@koers/shared/policy';
import { THEME_NUMBERS } from '@koers/shared/themes';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FilterSelect } from '../../../components/filter-select.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { APPROACH_PAGE_SIZE, useGoodApproaches } from '../api/list-good-approaches.ts';
import type { TApproachListQuery } from '../api/query-keys.ts';
import { ApproachCard } from './approach-card.tsx';
import styles from './good-approaches.module.css';

/** The address holds the search, so a search can be shared and the back button returns to it. */
function queryOf(params: URLSearchParams): TApproachListQuery {
  const parsed = ZGoodApproachQuery.safeParse(Object.fromEntries(params));
  if (!parsed.success) return { page: 1 };
  const { pageSize: _pageSize, ...query } = parsed.data;
  return query;
}

/** Search, filter and page through good approaches; switch to one's own, or to those awaiting approval. */
export function ApproachBrowser({ user }: { user: TCurrentUser }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const view = query.view ?? 'published';
  const [words, setWords] = useState(query.q ?? '');
  const approaches = useGoodApproaches(query);
  const approver = can(user.access, 'review-queue:read');
  const awaiting = useGoodApproaches({ view: 'awaiting', page: 1 }, approver);
  const views = GOOD_APPROACH_VIEWS.filter((v) => v !== 'awaiting' || approver).filter(
    (v) => v !== 'mine' || can(user.access, 'good-approach:author'),
  );

  const change = (next: Partial<TApproachListQuery>) => {
    const merged: Record<string, string | number | undefined> = { ...query, page: 1, ...next };
    setParams(
      Object.fromEntries(
        Object.entries(merged).filter(
          ([key, value]) => value !== undefined && value !== '' && !(key === 'page' && value === 1),
        ),
      ) as Record<string, string>,
    );
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    change({ q: words.trim() || undefined });
  };

  return (
    <div className={styles.page}>
      {views.length > 1 ? (
        <nav aria-label={t('goodApproaches.views.label')}>
          <ul className={styles.views}>
            {views.map((v) => (
              <li key={v}>
                <button
                  type="button"
                  className={`button button-small${v === view ? '' : ' button-secondary'}`}
                  aria-pressed={v === view}
                  onClick={() => change({ view: v === 'published' ? undefined : v, q: undefined })}
                >
                  {t(`goodApproaches.views.${v}`, { count: awaiting.data?.total ?? 0 })}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <form role="search" className={styles.searchForm} onSubmit={onSearch}>
        <div className={styles.searchField}>
          <label htmlFor="approach-search">{t('goodApproaches.search.label')}</label>
          <div className={styles.searchRow}>
            <input
              id="approach-search"
              type="search"
              value={words}
              maxLength={200}
              aria-describedby="approach-search-hint"
              onChange={(event) => setWords(event.target.value)}
            />
            <button type="submit" className="button">
              {t('goodApproaches.search.submit')}
            </button>
          </div>
          <small id="approach-search-hint" className={styles.muted}>
            {t('goodApproaches.search.hint')}
          </small>
        </div>
        <FilterSelect
          className={styles.filter}
          label={t('goodApproaches.search.theme')}
          allLabel={t('goodApproaches.search.allThemes')}
          value={query.theme === undefined ? undefined : String(query.theme)}
          options={THEME_NUMBERS.map((n) => ({ value: String(n), label: `${n}. ${t(`themesShort.theme${n}`)}` }))}
          onChange={(value) =>
            change({ theme: value === '' ? undefined : (Number(value) as TApproachListQuery['theme']) })
          }
        />
        <FilterSelect
          className={styles.filter}
          label={t('goodApproaches.search.scenario')}
          allLabel={t('goodApproaches.search.allScenarios')}
          value={query.scenario}
          options={SCENARIOS.map((s) => ({ value: s, label: t(`scenarios.${s}.label`) }))}
          onChange={(value) =>
            change({ scenario: value === '' ? undefined : (value as TApproachListQuery['scenario']) })
          }
        />
      </form>
      {approaches.isPending ? (
        <LoadingState />
      ) : approaches.isError ? (
        <ErrorState error={approaches.error} onRetry={() => void approaches.refetch()} />
      ) : approaches.data.items.length === 0 ? (
        <EmptyState title={t(`goodApproaches.empty.${view}`)} />
      ) : (
        <section aria-live="polite" className={approaches.isPlaceholderData ? styles.stale : undefined}>
          <p className={styles.muted}>{t('goodApproaches.search.results', { count: approaches.data.total })}</p>
          <ul className={styles.list}>
            {approaches.data.items.map((approach) => (
              <li key={approach.id}>
                <ApproachCard approach={approach} headingLevel={2} />
              </li>
            ))}
          </ul>
          <Pagination
            page={query.page}
            pageCount={Math.ceil(approaches.data.total / APPROACH_PAGE_SIZE)}
            onPage={(page) => change({ page })}
            label={t('goodApproaches.search.pages')}
          />
        </section>
      )}
    </div>
  );
}
