import { useDeferredValue, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPartnershipDashboard } from '@koers/shared/dashboards';
import { can, type TAccess } from '@koers/shared/policy';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FilterSelect } from '../../../components/filter-select.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { usePartnershipDashboard } from '../api/get-partnership-dashboard.ts';
import { FlagList } from './flag-list.tsx';
import { PerspectiveView } from './perspective-view.tsx';
import { ThemeChanges } from './theme-changes.tsx';
import { ThemeDetails } from './theme-details.tsx';
import { ThemeRadar } from './theme-radar.tsx';
import { ThemeTrend } from './theme-trend.tsx';
import { TimelineNoteForm } from './timeline-note-form.tsx';
import styles from './dashboard.module.css';

type TPartnershipDashboardProps = {
  partnershipId: string;
  /** The chosen quarter; undefined for the latest submitted one. */
  periodId: string | undefined;
  onPeriodChange: (periodId: string | undefined) => void;
  access: TAccess | undefined;
  /** Shown when the partnership does not exist or is out of reach. */
  notFound: ReactNode;
  /** Shown under the dashboard once it is drawn (never under the spinner, to be pushed down later). */
  footer?: ReactNode;
};

export function PartnershipDashboard({
  partnershipId,
  periodId,
  onPeriodChange,
  access,
  notFound,
  footer,
}: TPartnershipDashboardProps) {
  const { t } = useTranslation();
  const query = usePartnershipDashboard(partnershipId, periodId);
  // A long page of charts and tables: drawn at a lower priority, React splits the work into short slices
  // and the page keeps answering input meanwhile, instead of freezing until it is all drawn.
  const dashboard = useDeferredValue(query.data);

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (query.error instanceof ApiRequestError && query.error.status === 404 && periodId === undefined) return notFound;
    if (query.error instanceof ApiRequestError && query.error.status === 404) {
      return (
        <EmptyState
          headingLevel={1}
          title={t('dashboard.quarterNotFound.title')}
          action={
            <button type="button" className="button" onClick={() => onPeriodChange(undefined)}>
              {t('dashboard.quarterNotFound.latest')}
            </button>
          }
        >
          <p>{t('dashboard.quarterNotFound.text')}</p>
        </EmptyState>
      );
    }
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }

  if (!dashboard) return <LoadingState />;

  const canWriteNote = can(access, 'timeline-note:write', { partnershipId });
  return (
    <>
      <article className={styles.dashboard} aria-busy={query.isPlaceholderData}>
        <DocumentTitle page={t('dashboard.pageTitle', { name: dashboard.partnership.name })} />
        <DashboardHeader dashboard={dashboard} onPeriodChange={onPeriodChange} />
        {dashboard.period === null ? (
          <>
            <EmptyState title={t('dashboard.empty.title')}>
              <p>{t('dashboard.empty.text')}</p>
            </EmptyState>
            <FlagList partnershipId={partnershipId} flags={dashboard.flags} />
            {canWriteNote ? <TimelineNoteForm partnershipId={partnershipId} /> : null}
          </>
        ) : (
          <div className={query.isPlaceholderData ? `${styles.body} ${styles.stale}` : styles.body}>
            <div className={styles.grid}>
              <ThemeChanges dashboard={dashboard} />
              <FlagList partnershipId={partnershipId} flags={dashboard.flags} />
            </div>
            <div className={`${styles.grid} ${styles.gridWide}`}>
              <ThemeRadar dashboard={dashboard} />
              <PerspectiveView dashboard={dashboard} />
            </div>
            <ThemeTrend dashboard={dashboard} />
            {canWriteNote ? <TimelineNoteForm partnershipId={partnershipId} /> : null}
            <ThemeDetails dashboard={dashboard} />
          </div>
        )}
      </article>
      {footer}
    </>
  );
}

function DashboardHeader({
  dashboard,
  onPeriodChange,
}: {
  dashboard: TPartnershipDashboard;
  onPeriodChange: (periodId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const latest = dashboard.periods[0];
  return (
    <header className={styles.header}>
      <div>
        <Link to={`/partnerships/${dashboard.partnership.id}`} className="back-link">
          <span aria-hidden="true">←</span> {t('dashboard.backToPartnership')}
        </Link>
        <h1>
          <span className="eyebrow">{t('dashboard.title')}</span>
          {dashboard.partnership.name}
        </h1>
        <p className={styles.facts}>
          {dashboard.partnership.region} · {t(`sectors.${dashboard.partnership.sector}`)} ·{' '}
          {t(`scenarios.${dashboard.partnership.scenario}.label`)}
        </p>
      </div>
      {dashboard.periods.length > 0 ? (
        <FilterSelect
          className={styles.picker}
          label={t('dashboard.quarter')}
          value={dashboard.period?.id}
          options={dashboard.periods.map((period, index) => ({
            value: period.id,
            label: index === 0 ? t('dashboard.latestQuarter', { code: period.code }) : period.code,
          }))}
          onChange={(value) => onPeriodChange(value === latest?.id ? undefined : value)}
        />
      ) : null}
    </header>
  );
}
