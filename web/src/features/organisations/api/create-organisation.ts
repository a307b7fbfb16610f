import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TOrganisationDetail, TOrganisationCreate } from '@koers/shared/organisations';
import { apiSend } from '../../../lib/api-client.ts';
import { scopes } from '../../../lib/query-scopes.ts';

function createOrganisation(body: TOrganisationCreate) {
  return apiSend<TOrganisationDetail>('POST', '/api/organisations', { body });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scopes.organisations() }),
  });
}
