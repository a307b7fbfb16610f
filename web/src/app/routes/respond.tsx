import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ZRespondentLinkParams } from '@koers/shared/assessments';
import { DocumentTitle } from '../../components/document-title.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useRespondentView } from '../../features/assessments/api/get-respondent-view.ts';
import { RespondentPage } from '../../features/assessments/components/respondent-page.tsx';
import { useInstrumentVersion } from '../../features/instrument/api/get-instrument-version.ts';
import { RespondentDone } from '../../features/invitations/components/respondent-done.tsx';
import { ApiRequestError } from '../../lib/api-client.ts';

function InvalidLink() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('assessment.respond.invalidTitle')} />
      <EmptyState headingLevel={1} title={t('assessment.respond.invalidTitle')}>
        <p>{t('assessment.respond.invalidText')}</p>
      </EmptyState>
    </>
  );
}

/** The quarter the link was for has closed: said as plainly, and as kindly, as a closed door can be. */
function ExpiredLink() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('assessment.respond.expiredTitle')} />
      <EmptyState headingLevel={1} title={t('assessment.respond.expiredTitle')}>
        <p>{t('assessment.respond.expiredText')}</p>
      </EmptyState>
    </>
  );
}

function Respond({ token }: { token: string }) {
  const view = useRespondentView(token);
  const instrument = useInstrumentVersion(view.data?.instrumentVersion);

  if (view.isError) {
    if (view.error instanceof ApiRequestError && view.error.status === 404) return <InvalidLink />;
    if (view.error instanceof ApiRequestError && view.error.status === 410) return <ExpiredLink />;
    return <ErrorState error={view.error} onRetry={() => void view.refetch()} />;
  }
  if (instrument.isError) return <ErrorState error={instrument.error} onRetry={() => void instrument.refetch()} />;
  if (view.isPending || instrument.isPending) return <LoadingState />;
  return (
    <>
      <RespondentPage
        token={token}
        view={view.data}
        instrument={instrument.data}
        onClosed={() => void view.refetch()}
      />
      {view.data.status === 'draft' && view.data.invitedByEmail ? <RespondentDone token={token} /> : null}
    </>
  );
}

/** An invited respondent's page: no account, the personal link is the key. */
export function Component() {
  const params = ZRespondentLinkParams.safeParse(useParams());
  if (!params.success) return <InvalidLink />;
  return <Respond token={params.data.token} />;
}
