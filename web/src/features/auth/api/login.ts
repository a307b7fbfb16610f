import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TLoginBody, TSignedIn } from '@koers/shared/auth';
import { apiSend, replaceCsrfToken } from '../../../lib/api-client.ts';
import { forgetOtherData, startSession } from './get-session.ts';

function login(body: TLoginBody) {
  // A wrong password answers 401 too; that is this form's own error, not a session that ended.
  return apiSend<TSignedIn>('POST', '/api/auth/login', { body, unauthenticatedIsExpected: true });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (signedIn) => {
      replaceCsrfToken(signedIn.csrfToken);
      forgetOtherData(queryClient);
      startSession(queryClient, signedIn);
    },
  });
}
