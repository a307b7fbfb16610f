import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client.ts';
import { personSignInKeys } from './query-keys.ts';

type TVariables = { personId: string; provider: string };

function removeIdentity({ personId, provider }: TVariables) {
  return apiSend(
    'DELETE',
    `/api/people/${encodeURIComponent(personId)}/sign-in-identities/${encodeURIComponent(provider)}`,
  );
}

export function useRemoveIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeIdentity,
    onSuccess: (_answer, { personId }) =>
      queryClient.invalidateQueries({ queryKey: personSignInKeys.detail(personId) }),
  });
}
