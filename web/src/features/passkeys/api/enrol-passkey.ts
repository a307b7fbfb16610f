import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPasskey } from '@koers/shared/passkeys';
import { apiSend } from '../../../lib/api-client.ts';
import { passkeyKeys } from './query-keys.ts';

/**
 * The enrolment ceremony: the API's options, the browser's own dialog (fingerprint, face or PIN), the
 * passkey it made back to the API under the name the person chose. The WebAuthn library loads only now.
 */
async function enrolPasskey(name: string) {
  const [{ startRegistration }, optionsJSON] = await Promise.all([
    import('@simplewebauthn/browser'),
    apiSend<PublicKeyCredentialCreationOptionsJSON>('POST', '/api/account/passkeys/registration-options'),
  ]);
  const response = await startRegistration({ optionsJSON });
  return apiSend<TPasskey>('POST', '/api/account/passkeys', { body: { name, response } });
}

export function useEnrolPasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enrolPasskey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: passkeyKeys.mine() }),
  });
}
