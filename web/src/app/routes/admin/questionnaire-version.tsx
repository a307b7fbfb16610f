import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ZInstrumentVersionParams } from '@koers/shared/instrument';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useCurrentInstrument } from '../../../features/instrument/api/get-current-instrument.ts';
import { useVersion } from '../../../features/instrument-versions/api/get-version.ts';
import { VersionDetail } from '../../../features/instrument-versions/components/version-detail.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';

function VersionNotFound() {
  const { t } = useTranslation();
  return (
    <EmptyState
      headingLevel={1}
      title={t('instrumentVersions.notFound')}
      action={
        <Link to="/admin/questionnaire" className="button">
          {t('instrumentVersions.back')}
        </Link>
      }
    />
  );
}

function QuestionnaireVersion({ version }: { version: number }) {
  const query = useVersion(version);
  const current = useCurrentInstrument();
  // A draft's editor needs the version in use (what its indicators can continue) before it starts.
  const waitingForCurrent = query.data?.status === 'draft' && current.isPending;

  if (query.isPending || waitingForCurrent) return <LoadingState />;
  if (query.isError) {
    if (query.error instanceof ApiRequestError && query.error.status === 404) return <VersionNotFound />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  // The version in use is the draft's predecessor; once this one is published, it is itself.
  const predecessor = current.data?.version === version ? undefined : current.data;
  return <VersionDetail key={version} version={query.data} current={predecessor} />;
}

export function Component() {
  const params = ZInstrumentVersionParams.safeParse(useParams());
  if (!params.success) return <VersionNotFound />;
  return <QuestionnaireVersion version={params.data.version} />;
}
