import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSecondFactorCode } from '@koers/shared/second-factor';
import { apiSend } from '../../../lib/api-client.ts';
import { refreshSecondFactor } from './get-second-factor.ts';

/** Switches the second factor off, with a current code. */
export function useDisableSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSecondFactorCode) => apiSend('DELETE', '/api/account/second-factor', { body }),
    onSuccess: () => refreshSecondFactor(queryClient),
  });
}
