import { useParams, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { PartnershipDashboard } from '../../features/dashboards/components/partnership-dashboard.tsx';
import { OverdueActions } from '../../features/follow-up/components/overdue-actions.tsx';
import { PartnershipNotFound } from '../../features/partnerships/components/partnership-details.tsx';
import { ReportLink } from '../../features/report/components/report-link.tsx';

const QUARTER_PARAM = 'quarter';

function Dashboard({ partnershipId }: { partnershipId: string }) {
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  // A quarter that cannot be an id is ignored: the dashboard opens on the latest quarter instead.
  const periodId = z.uuid().safeParse(searchParams.get(QUARTER_PARAM)).data;

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
