import { useOrganisations } from '../../../features/organisations/api/get-organisations.ts';
import { usePartnerships } from '../../../features/partnerships/api/get-partnerships.ts';

/** Where roles can be granted: every partnership and organisation (an admin sees them all). */
export function useRolePlaces() {
  const partnerships = usePartnerships({});
  const organisations = useOrganisations();
  return {
    places: { partnerships: partnerships.data ?? [], organisations: organisations.data ?? [] },
    isPending: partnerships.isPending || organisations.isPending,
    error: partnerships.error ?? organisations.error,
    retry: () => {
      void partnerships.refetch();
      void organisations.refetch();
    },
  };
}
