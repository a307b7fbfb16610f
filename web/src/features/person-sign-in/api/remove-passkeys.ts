import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client.ts';
import { personSignInKeys } from './query-keys.ts';

function removePasskeys(personId: string) {
  return apiSend('DELETE', `/api/people/${encodeURIComponent(personId)}/passkeys`);
}

/** For a lost device with passkeys on it: every passkey goes, and every session ends. */
export function useRemovePasskeys() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removePasskeys,
    onSuccess: (_answer, personId) => queryClient.invalidateQueries({ queryKey: personSignInKeys.detail(personId) }),
  });
}
