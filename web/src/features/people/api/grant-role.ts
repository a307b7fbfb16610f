import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZPerson } from '@koers/shared/people';
import type { TRoleGrant } from '@koers/shared/roles';
import { apiSend } from '../../../lib/api-client.ts';
import { personChanged } from './person-changed.ts';

function grantRole({ personId, grant }: { personId: string; grant: TRoleGrant }) {
  return apiSend('POST', `/api/people/${encodeURIComponent(personId)}/roles`, { body: grant, schema: ZPerson });
}

export function useGrantRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: grantRole,
    onSuccess: (person) => personChanged(queryClient, person),
  });
}
