import type { QueryClient } from '@tanstack/react-query';
import { useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { z } from 'zod';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { can } from '@koers/shared/policy';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { partnershipDashboardQueryOptions } from '../../features/dashboards/api/get-partnership-dashboard.ts';
import { PartnershipDashboard } from '../../features/dashboards/components/partnership-dashboard.tsx';
import { OverdueActions } from '../../features/follow-up/components/overdue-actions.tsx';
import { PartnershipNotFound } from '../../features/partnerships/components/partnership-details.tsx';
import { ReportLink } from '../../features/report/components/report-link.tsx';
import { OpenAssessments } from './open-assessments.tsx';

const QUARTER_PARAM = 'quarter';

/** The chosen quarter. One that cannot be an id is ignored: the dashboard opens on the latest quarter instead. */
function chosenQuarter(searchParams: URLSearchParams): string | undefined {
  return z.uuid().safeParse(searchParams.get(QUARTER_PARAM)).data;
}

/**
 * Starts fetching the dashboard as soon as the page's code is there, beside the session, instead of
 * after the session has come back and the page has drawn: on opening the page, that was the longest
 * wait before the scores showed. It returns at once; the page reads the answer from the query cache.
 */
export function dashboardLoader(queryClient: QueryClient) {
  return ({ params, request }: LoaderFunctionArgs) => {
    const partnershipId = ZPartnershipParams.safeParse(params).data?.partnershipId;
    const periodId = chosenQuarter(new URL(request.url).searchParams);
    if (partnershipId) void queryClient.prefetchQuery(partnershipDashboardQueryOptions(partnershipId, periodId));
    return null;
  };
}

function Dashboard({ partnershipId }: { partnershipId: string }) {
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const periodId = chosenQuarter(searchParams);

  const onPeriodChange = (next: string | undefined) =>
    setSearchParams(
      (previous) => {
        const params = new URLSearchParams(previous);
        if (next === undefined) params.delete(QUARTER_PARAM);
        else params.set(QUARTER_PARAM, next);
        return params;
      },
      { replace: true },
    );

  return (
    <>
      {can(user?.access, 'assessment:edit', { partnershipId }) ? (
        <OpenAssessments partnershipIds={[partnershipId]} />
      ) : null}
      <OverdueActions partnershipId={partnershipId} />
      <PartnershipDashboard
        partnershipId={partnershipId}
        periodId={periodId}
        onPeriodChange={onPeriodChange}
        access={user?.access}
        notFound={<PartnershipNotFound />}
        footer={<ReportLink partnershipId={partnershipId} periodId={periodId} />}
      />
    </>
  );
}

export function Component() {
  const params = ZPartnershipParams.safeParse(useParams());
  if (!params.success) return <PartnershipNotFound />;
  return <Dashboard partnershipId={params.data.partnershipId} />;
}
