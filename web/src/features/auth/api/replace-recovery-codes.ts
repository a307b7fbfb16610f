import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TRecoveryCodes, TSecondFactorCode } from '@koers/shared/second-factor';
import { apiSend } from '../../../lib/api-client.ts';
import { refreshSecondFactor } from './get-second-factor.ts';

/** New recovery codes in place of the old ones, with a current code; shown this once. */
export function useReplaceRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSecondFactorCode) =>
      apiSend<TRecoveryCodes>('POST', '/api/account/second-factor/recovery-codes', { body }),
    onSuccess: () => refreshSecondFactor(queryClient),
  });
}
