import { useAssessment } from '../../features/assessments/api/get-assessment.ts';
import {
  AssessmentToStart,
  DraftAssessment,
  OpenAssessmentList,
} from '../../features/assessments/components/open-assessments.tsx';
import { useOpenAssessments, type TOpenAssessment } from '../../features/assessments/hooks/use-open-assessments.ts';
import { useInstrumentVersion } from '../../features/instrument/api/get-instrument-version.ts';
import { usePartnership } from '../../features/partnerships/api/get-partnership.ts';
import { useCurrentPeriod, usePeriods } from '../../features/periods/api/get-periods.ts';

/**
 * The quarter's self-assessment first, one click away: how far it is and when it is due, for each
 * partnership the person manages where it is still open. Composed here, where the quarter, the
 * questionnaire and the partnership's name meet the assessment.
 */
export function OpenAssessments({ partnershipIds }: { partnershipIds: readonly string[] }) {
  const periodsLoading = usePeriods().isPending;
  const period = useCurrentPeriod();
  const open = useOpenAssessments(partnershipIds, periodsLoading ? undefined : (period ?? null));
  if (!open || open.length === 0) return null;
  return (
    <OpenAssessmentList>
      {open.map((item) =>
        item.assessment ? (
          <DraftCard key={item.partnershipId} open={item} assessmentId={item.assessment.id} />
        ) : (
          <CardToStart key={item.partnershipId} open={item} />
        ),
      )}
    </OpenAssessmentList>
  );
}

function DraftCard({ open, assessmentId }: { open: TOpenAssessment; assessmentId: string }) {
  // The same queries as the assessment page: the page opens on what this card already loaded.
  const assessment = useAssessment(assessmentId);
  const instrument = useInstrumentVersion(assessment.data?.instrumentVersion);
  if (!assessment.data) return null;
  return <DraftAssessment open={open} assessment={assessment.data} instrument={instrument.data} />;
}

function CardToStart({ open }: { open: TOpenAssessment }) {
  const partnership = usePartnership(open.partnershipId);
  return <AssessmentToStart open={open} partnershipName={partnership.data?.name} />;
}
