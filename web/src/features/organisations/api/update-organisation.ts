import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TOrganisationDetail, TOrganisationUpdate } from '@koers/shared/organisations';
import { apiSend } from '../../../lib/api-client.ts';
import { scopes } from '../../../lib/query-scopes.ts';

function updateOrganisation({ organisationId, changes }: { organisationId: string; changes: TOrganisationUpdate }) {
  return apiSend<TOrganisationDetail>('PATCH', `/api/organisations/${encodeURIComponent(organisationId)}`, {
    body: changes,
  });
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganisation,
    onSuccess: async () => {
      // Partnerships list their members by name, and board members' roles name their organisation.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: scopes.organisations() }),
        queryClient.invalidateQueries({ queryKey: scopes.partnerships() }),
        queryClient.invalidateQueries({ queryKey: scopes.people() }),
      ]);
    },
  });
}
