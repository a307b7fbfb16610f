import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCurrentUser, TLoginBody } from '@koers/shared/auth';
import { apiSend } from '../../../lib/api-client.ts';
import { forgetOtherData, startSession } from './get-session.ts';

type TLoginResult = { user: TCurrentUser };

function login(body: TLoginBody) {
  // A wrong password answers 401 too; that is this form's own error, not a session that ended.
  return apiSend<TLoginResult>('POST', '/api/auth/login', { body, unauthenticatedIsExpected: true });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user }) => {
      forgetOtherData(queryClient);
      startSession(queryClient, user);
    },
  });
}
