import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QUEUE_PAGE_SIZE, type TQueueItem } from '@koers/shared/follow-up';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import { useReviewQueue } from '../api/get-review-queue.ts';
import { SeverityBadge } from './severity-badge.tsx';
import { useThemeName } from './use-theme-name.ts';
import styles from './follow-up.module.css';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since the flag was first raised: "how long has this waited" is what the friend weighs. */
function ageInDays(raisedAt: string, now: number): number {
  return Math.max(0, Math.floor((now - new Date(raisedAt).getTime()) / DAY_MS));
}

/** The page of the queue in the URL (`?page=2`): a page can be bookmarked and left with Back. */
function useQueuePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = Number(searchParams.get('page'));
  const page = Number.isInteger(raw) && raw > 1 ? raw : 1;
  const setPage = (next: number) => setSearchParams(next === 1 ? {} : { page: String(next) }, { replace: true });
  return { page, setPage };
}

/** The API sends the queue most severe and oldest first, a page at a time; that order is kept as it is. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const { page, setPage } = useQueuePage();
  const queue = useReviewQueue(page);
  // Ages are counted from when the page opened; a page left open overnight is refreshed by its query.
  const [now] = useState(() => Date.now());

  if (queue.isPending) return <LoadingState />;
  if (queue.isError) return <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  const { items, total } = queue.data;
  if (total === 0) {
    return (
      <EmptyState title={t('followUp.queue.empty.title')}>
        <p>{t('followUp.queue.empty.text')}</p>
      </EmptyState>
    );
  }
  const pageCount = Math.ceil(total / QUEUE_PAGE_SIZE);
  // Flags closed meanwhile can leave a bookmarked page empty: point to the pages there are.
  if (items.length === 0) {
    return (
      <EmptyState title={t('followUp.queue.pastEnd.title')}>
        <p>{t('followUp.queue.pastEnd.text', { count: pageCount })}</p>
        <button type="button" className="button button-secondary" onClick={() => setPage(1)}>
          {t('followUp.queue.pastEnd.first')}
        </button>
      </EmptyState>
    );
  }
  return (
    <div className={queue.isPlaceholderData ? styles.stale : undefined}>
      <p className={styles.queueTotal}>{t('followUp.queue.total', { count: total })}</p>
      <div className="table-wrapper">
        <table className="data-table">
          <caption className="visually-hidden">{t('followUp.queue.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('followUp.queue.severity')}</th>
              <th scope="col">{t('followUp.queue.reason')}</th>
              <th scope="col">{t('followUp.queue.partnership')}</th>
              <th scope="col">{t('followUp.queue.theme')}</th>
              <th scope="col">{t('followUp.queue.age')}</th>
              <th scope="col">{t('followUp.queue.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <QueueRow key={item.flag.id} item={item} now={now} />
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageCount={pageCount} onPage={setPage} label={t('followUp.queue.pages')} />
    </div>
  );
}

function QueueRow({ item, now }: { item: TQueueItem; now: number }) {
  const { t } = useTranslation();
  const localised = useLocalisedText();
  const themeName = useThemeName();
  const { date } = useFormatDate();
  const { flag, actions } = item;
  return (
    <tr>
      <td data-label={t('followUp.queue.severity')}>
        <SeverityBadge severity={flag.severity} />
      </td>
      <th scope="row">
        <Link to={`/flags/${flag.id}`}>{localised(flag.reason)}</Link>
        <div className={styles.muted}>
          {t(`flags.kinds.${flag.kind}`)} ·{' '}
          {item.sincePeriodCode === flag.periodCode
            ? flag.periodCode
            : t('followUp.queue.quarters', { since: item.sincePeriodCode, until: flag.periodCode })}{' '}
          · {t(`flags.status.${flag.status}`)}
        </div>
        {item.newSinceLastReview ? <span className={styles.newBadge}>{t('followUp.queue.newSinceReview')}</span> : null}
      </th>
      <td data-label={t('followUp.queue.partnership')}>{item.partnership.name}</td>
      <td data-label={t('followUp.queue.theme')}>{themeName(flag.theme)}</td>
      <td data-label={t('followUp.queue.age')}>
        {t('followUp.queue.ageDays', { count: ageInDays(flag.raisedAt, now) })}
        <div className={styles.muted}>{t('followUp.queue.raisedOn', { date: date(flag.raisedAt.slice(0, 10)) })}</div>
      </td>
      <td data-label={t('followUp.queue.actions')}>
        {actions.total === 0
          ? t('followUp.queue.noActions')
          : t('followUp.queue.actionCount', { open: actions.open, total: actions.total })}
        {actions.overdue > 0 ? (
          <div className={styles.overdueText}>
            <span aria-hidden="true">⚠</span>
            {t('followUp.queue.overdue', { count: actions.overdue })}
          </div>
        ) : null}
      </td>
    </tr>
  );
}
