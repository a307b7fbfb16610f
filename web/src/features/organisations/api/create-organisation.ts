import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZOrganisationDetail, type TOrganisationCreate } from '@koers/shared/organisations';
import { apiSend } from '../../../lib/api-client.ts';

function createOrganisation(body: TOrganisationCreate) {
  return apiSend('POST', '/api/organisations', { body, schema: ZOrganisationDetail });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}
