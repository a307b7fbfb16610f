import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPerson } from '@koers/shared/people';
import { apiSend } from '../../../lib/api-client.ts';
import { personChanged } from './person-changed.ts';

function revokeRole({ personId, roleId }: { personId: string; roleId: string }) {
  return apiSend<TPerson>('DELETE', `/api/people/${encodeURIComponent(personId)}/roles/${encodeURIComponent(roleId)}`);
}

export function useRevokeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeRole,
    onSuccess: (person) => personChanged(queryClient, person),
  });
}
