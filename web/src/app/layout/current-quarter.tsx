import { usePartnershipAssessments } from '../../features/assessments/api/get-partnership-assessments.ts';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { useCurrentPeriod } from '../../features/periods/api/get-periods.ts';
import { CurrentPeriod } from '../../features/periods/components/current-period.tsx';

/**
 * The current quarter on every page, leading the programme manager of one partnership to its draft of
 * this quarter, if it has one. Someone managing several partnerships finds each open one first on the
 * start page instead: asking for every partnership's list here would put more code on every first page.
 */
export function CurrentQuarter() {
  const period = useCurrentPeriod();
  const managed = useCurrentUser()?.access.programmeManagerOf ?? [];
  const [partnershipId] = managed;
  const assessments = usePartnershipAssessments(partnershipId ?? '', managed.length === 1 && period !== undefined);
  const draft = assessments.data?.find((a) => a.periodId === period?.id && a.status === 'draft');
  return <CurrentPeriod draftAssessmentId={draft?.id} />;
}
