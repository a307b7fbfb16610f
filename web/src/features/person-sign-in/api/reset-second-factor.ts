import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client.ts';
import { personSignInKeys } from './query-keys.ts';

function resetSecondFactor(personId: string) {
  return apiSend('DELETE', `/api/people/${encodeURIComponent(personId)}/second-factor`);
}

/** For someone without their authenticator app and recovery codes: they enrol again at the next sign-in. */
export function useResetSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetSecondFactor,
    onSuccess: (_answer, personId) => queryClient.invalidateQueries({ queryKey: personSignInKeys.detail(personId) }),
  });
}
