import { useParams } from 'react-router';
import { ZPersonParams } from '@koers/shared/people';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useOidcProviders } from '../../../features/auth/api/get-oidc-providers.ts';
import { useCurrentUser } from '../../../features/auth/api/get-session.ts';
import { PersonDetail, PersonNotFound } from '../../../features/people/components/person-detail.tsx';
import { PersonSignInAdmin } from '../../../features/person-sign-in/components/person-sign-in-admin.tsx';
import { useRolePlaces } from './use-role-places.ts';

export function Component() {
  const params = ZPersonParams.safeParse(useParams());
  const { places, isPending, error, retry } = useRolePlaces();
  const providers = useOidcProviders();
  const me = useCurrentUser();
  if (!params.success) return <PersonNotFound />;
  if (error) return <ErrorState error={error} onRetry={retry} />;
  if (isPending) return <LoadingState />;
  return (
    <PersonDetail
      personId={params.data.personId}
      places={places}
      renderSignIn={(person) => (
        <PersonSignInAdmin person={person} providers={providers.data?.items ?? []} self={person.id === me?.id} />
      )}
    />
  );
}
