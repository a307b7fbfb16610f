import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client.ts';

function setPassword({ token, password }: { token: string; password: string }) {
  return apiSend('POST', `/api/auth/one-time-links/${encodeURIComponent(token)}`, { body: { password } });
}

/** Uses an invitation or password-reset link; the person signs in afterwards. */
export function useSetPassword() {
  return useMutation({ mutationFn: setPassword });
}
