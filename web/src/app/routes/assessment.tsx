import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '@koers/shared/policy';
import { ZAssessmentParams } from '@koers/shared/assessments';
import { DocumentTitle } from '../../components/document-title.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { assessmentQueryOptions, useAssessment } from '../../features/assessments/api/get-assessment.ts';
import { AssessmentPage } from '../../features/assessments/components/assessment-page.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { ReviewPanel } from '../../features/follow-up/components/review-panel.tsx';
import { useInstrumentVersion } from '../../features/instrument/api/get-instrument-version.ts';
import { InvitationsPanel } from '../../features/invitations/components/invitations-panel.tsx';
import { usePartnership } from '../../features/partnerships/api/get-partnership.ts';
import { ApiRequestError } from '../../lib/api-client.ts';

function AssessmentNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('assessment.notFound.title')} />
      <EmptyState
        headingLevel={1}
        title={t('assessment.notFound.title')}
        action={
          <Link to="/" className="button">
            {t('partnership.back')}
          </Link>
        }
      >
        <p>{t('assessment.notFound.text')}</p>
      </EmptyState>
    </>
  );
}

/** The assessment with the questionnaire version it is pinned to, and the members a manager can invite. */
function Assessment({ assessmentId }: { assessmentId: string }) {
  const user = useCurrentUser();
  const assessment = useAssessment(assessmentId);
  const instrument = useInstrumentVersion(assessment.data?.instrumentVersion);
  const partnershipId = assessment.data?.partnershipId ?? '';
  const invites = can(user?.access, 'assessment:edit', { partnershipId });
  const partnership = usePartnership(partnershipId, invites);
  const queryClient = useQueryClient();

  if (assessment.isError) {
    if (assessment.error instanceof ApiRequestError && assessment.error.status === 404) return <AssessmentNotFound />;
    return <ErrorState error={assessment.error} onRetry={() => void assessment.refetch()} />;
  }
  if (instrument.isError) return <ErrorState error={instrument.error} onRetry={() => void instrument.refetch()} />;
  if (assessment.isPending || instrument.isPending) return <LoadingState />;
  return (
    <>
      <AssessmentPage
        assessment={assessment.data}
        instrument={instrument.data}
        access={user?.access ?? null}
        members={partnership.data?.members}
      />
      {/* Invitations by email while the quarter is open, for whoever may invite. */}
      {invites && assessment.data.status === 'draft' && partnership.data ? (
        <InvitationsPanel
          assessmentId={assessmentId}
          members={partnership.data.members}
          onChanged={() =>
            void queryClient.invalidateQueries({ queryKey: assessmentQueryOptions(assessmentId).queryKey })
          }
        />
      ) : null}
      {/* A review follows a submitted quarter; a draft has nothing to review yet. */}
      {assessment.data.status === 'submitted' ? (
        <ReviewPanel
          assessmentId={assessmentId}
          partnershipId={partnershipId}
          access={user?.access ?? null}
          sharesWithBoard={partnership.data?.sharesWithBoard}
        />
      ) : null}
    </>
  );
}

export function Component() {
  const params = ZAssessmentParams.safeParse(useParams());
  if (!params.success) return <AssessmentNotFound />;
  return <Assessment assessmentId={params.data.assessmentId} />;
}
