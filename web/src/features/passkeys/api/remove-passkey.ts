import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPasskey } from '@koers/shared/passkeys';
import { apiSend } from '../../../lib/api-client.ts';
import { passkeyKeys } from './query-keys.ts';

function removePasskey(passkey: TPasskey) {
  return apiSend<undefined>('DELETE', `/api/account/passkeys/${encodeURIComponent(passkey.id)}`);
}

export function useRemovePasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removePasskey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: passkeyKeys.mine() }),
  });
}
