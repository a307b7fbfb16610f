import { useParams } from 'react-router';
import { can } from '@koers/shared/policy';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { AssessmentHistory } from '../../features/assessments/components/assessment-history.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { DashboardLink } from '../../features/dashboards/components/dashboard-link.tsx';
import { PartnershipExport } from '../../features/exports/components/partnership-export.tsx';
import { ActionPlanLink } from '../../features/follow-up/components/action-plan-link.tsx';
import { PortraitLink } from '../../features/network/components/portrait-link.tsx';
import { HistoryImportLink } from '../../features/history-import/components/history-import-link.tsx';
import {
  PartnershipDetails,
  PartnershipNotFound,
} from '../../features/partnerships/components/partnership-details.tsx';
import { useCurrentPeriod } from '../../features/periods/api/get-periods.ts';

function Partnership({ partnershipId }: { partnershipId: string }) {
  const user = useCurrentUser();
  const currentPeriod = useCurrentPeriod();
  return (
    <PartnershipDetails partnershipId={partnershipId}>
      <DashboardLink partnershipId={partnershipId} />
      <ActionPlanLink partnershipId={partnershipId} />
      <PortraitLink partnershipId={partnershipId} />
      <AssessmentHistory
        partnershipId={partnershipId}
        currentPeriod={currentPeriod}
        canStart={can(user?.access, 'assessment:edit', { partnershipId })}
      />
      {can(user?.access, 'history:import', { partnershipId }) ? (
        <HistoryImportLink partnershipId={partnershipId} />
      ) : null}
      <PartnershipExport partnershipId={partnershipId} />
    </PartnershipDetails>
  );
}

export function Component() {
  // An id that cannot exist is "not found" straight away, without asking the API.
  const params = ZPartnershipParams.safeParse(useParams());
  if (!params.success) return <PartnershipNotFound />;
  return <Partnership partnershipId={params.data.partnershipId} />;
}
