import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSignedIn } from '@koers/shared/auth';
import type { TSecondFactorCode } from '@koers/shared/second-factor';
import { apiSend } from '../../../lib/api-client.ts';
import { completeSignIn } from './get-session.ts';

function completeSecondStep(body: TSecondFactorCode) {
  // A wrong code answers 401: the form's own error, not a session that ended.
  return apiSend<TSignedIn>('POST', '/api/auth/login/second-factor', { body, unauthenticatedIsExpected: true });
}

/** The second step of a password sign-in: a code from the authenticator app, or a recovery code. */
export function useCompleteSecondStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeSecondStep,
    onSuccess: (signedIn) => completeSignIn(queryClient, signedIn),
  });
}
