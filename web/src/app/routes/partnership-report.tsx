import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePartnershipAssessments } from '../../features/assessments/api/get-partnership-assessments.ts';
import { usePartnershipDashboard } from '../../features/dashboards/api/get-partnership-dashboard.ts';
import { ThemeRadar } from '../../features/dashboards/components/theme-radar.tsx';
import { ThemeTrend } from '../../features/dashboards/components/theme-trend.tsx';
import { usePartnershipActions } from '../../features/follow-up/api/get-partnership-actions.ts';
import { useReview } from '../../features/follow-up/api/get-review.ts';
import { usePartnership } from '../../features/partnerships/api/get-partnership.ts';
import { PartnershipNotFound } from '../../features/partnerships/components/partnership-details.tsx';
import { PartnershipReport } from '../../features/report/components/partnership-report.tsx';
import { ApiRequestError } from '../../lib/api-client.ts';

/**
 * The report puts together what several features own: the dashboard, the partnership's members, the
 * review and the action plan.
 */
function Report({ partnershipId, periodId }: { partnershipId: string; periodId: string | undefined }) {
  const { t } = useTranslation();
  const dashboard = usePartnershipDashboard(partnershipId, periodId);
  const assessments = usePartnershipAssessments(partnershipId);
  const actions = usePartnershipActions(partnershipId);
  const partnership = usePartnership(partnershipId);
  const shownPeriodId = dashboard.data?.period?.id;
  const assessmentId = assessments.data?.find((a) => a.periodId === shownPeriodId && a.status === 'submitted')?.id;
  const review = useReview(assessmentId ?? '', assessmentId !== undefined);

  const failed = [dashboard, assessments, actions, partnership].find((query) => query.isError);
  if (dashboard.isError && dashboard.error instanceof ApiRequestError && dashboard.error.status === 404) {
    return <PartnershipNotFound />;
  }
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  const data = dashboard.data;
  if (!data || !actions.data || !partnership.data || assessments.isPending || (assessmentId && review.isPending))
    return <LoadingState />;
  if (data.period === null) {
    return (
      <EmptyState
        headingLevel={1}
        title={t('report.noPeriod.title')}
        action={
          <Link to={`/partnerships/${partnershipId}/dashboard`} className="button">
            {t('report.back')}
          </Link>
        }
      >
        <p>{t('report.noPeriod.text')}</p>
      </EmptyState>
    );
  }
  return (
    <PartnershipReport
      dashboard={data}
      members={partnership.data.members}
      review={review.data ?? null}
      actions={actions.data}
      charts={
        <>
          <ThemeRadar dashboard={data} />
          <ThemeTrend dashboard={data} />
        </>
      }
    />
  );
}

export function Component() {
  const params = ZPartnershipParams.safeParse(useParams());
  const [searchParams] = useSearchParams();
  // A quarter that cannot be an id is ignored: the report shows the latest submitted quarter instead.
  const periodId = z.uuid().safeParse(searchParams.get('periodId')).data;
  if (!params.success) return <PartnershipNotFound />;
  return <Report partnershipId={params.data.partnershipId} periodId={periodId} />;
}
