import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSignedOut } from '@koers/shared/sign-in-identities';
import { apiSend, replaceCsrfToken } from '../../../lib/api-client.ts';
import { endSession, forgetOtherData } from './get-session.ts';

function logout() {
  return apiSend<TSignedOut>('POST', '/api/auth/logout');
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Signed out here even when the server could not be told: the person asked to leave.
    onSettled: (signedOut) => {
      replaceCsrfToken(undefined);
      endSession(queryClient, 'signedOut', signedOut?.providerLogoutUrl);
      forgetOtherData(queryClient);
    },
  });
}
