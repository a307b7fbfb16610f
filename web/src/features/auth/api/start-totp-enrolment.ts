import { useMutation } from '@tanstack/react-query';
import type { TTotpEnrolment } from '@koers/shared/second-factor';
import { apiSend } from '../../../lib/api-client.ts';

/** A new secret and its QR code, shown while enrolling; it counts once a code from it is confirmed. */
export function useStartTotpEnrolment() {
  return useMutation({
    mutationFn: () => apiSend<TTotpEnrolment>('POST', '/api/account/second-factor/enrolment'),
  });
}
