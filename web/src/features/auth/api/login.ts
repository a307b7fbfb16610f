import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZCurrentUser, type TLoginBody } from '@koers/shared/auth';
import { z } from 'zod';
import { apiSend } from '../../../lib/api-client.ts';
import { forgetOtherData, startSession } from './get-session.ts';

const ZLoginResult = z.object({ user: ZCurrentUser });

function login(body: TLoginBody) {
  // A wrong password answers 401 too; that is this form's own error, not a session that ended.
  return apiSend('POST', '/api/auth/login', { body, schema: ZLoginResult, unauthenticatedIsExpected: true });
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
