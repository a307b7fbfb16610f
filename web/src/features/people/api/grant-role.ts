import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPerson } from '@koers/shared/people';
import type { TRoleGrant } from '@koers/shared/roles';
import { apiSend } from '../../../lib/api-client.ts';
import { personChanged } from './person-changed.ts';

function grantRole({ personId, grant }: { personId: string; grant: TRoleGrant }) {
  return apiSend<TPerson>('POST', `/api/people/${encodeURIComponent(personId)}/roles`, { body: grant });
}

export function useGrantRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: grantRole,
    onSuccess: (person) => personChanged(queryClient, person),
  });
}
