import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client.ts';

function requestPasswordReset(email: string) {
  return apiSend('POST', '/api/auth/password-reset-requests', { body: { email } });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
