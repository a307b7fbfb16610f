import { useParams } from 'react-router';
import { ZPersonParams } from '@koers/shared/people';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { PersonDetail, PersonNotFound } from '../../../features/people/components/person-detail.tsx';
import { useRolePlaces } from './use-role-places.ts';

export function Component() {
  const params = ZPersonParams.safeParse(useParams());
  const { places, isPending, error, retry } = useRolePlaces();
  if (!params.success) return <PersonNotFound />;
  if (error) return <ErrorState error={error} onRetry={retry} />;
  if (isPending) return <LoadingState />;
  return <PersonDetail personId={params.data.personId} places={places} />;
}
