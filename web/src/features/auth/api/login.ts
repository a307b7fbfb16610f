import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TLoginBody, TSignedIn } from '@koers/shared/auth';
import type { TSecondStepNeeded } from '@koers/shared/second-factor';
import { apiSend } from '../../../lib/api-client.ts';
import { completeSignIn } from './get-session.ts';

function login(body: TLoginBody) {
  // A wrong password answers 401 too; that is this form's own error, not a session that ended.
  return apiSend<TSignedIn | TSecondStepNeeded>('POST', '/api/auth/login', { body, unauthenticatedIsExpected: true });
}

/** Signs in, or (202, for a person with a second factor) leaves the second step to come. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (answer) => {
      if ('user' in answer) completeSignIn(queryClient, answer);
    },
  });
}
