import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TRecoveryCodes, TSecondFactorCode } from '@koers/shared/second-factor';
import { apiSend } from '../../../lib/api-client.ts';
import { refreshSecondFactor } from './get-second-factor.ts';

/** Confirms an enrolment with a code from the app; answers the recovery codes, shown this once. */
export function useConfirmTotpEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSecondFactorCode) =>
      apiSend<TRecoveryCodes>('POST', '/api/account/second-factor/enrolment/confirmation', { body }),
    onSuccess: () => refreshSecondFactor(queryClient),
  });
}
