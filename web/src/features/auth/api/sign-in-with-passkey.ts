import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSignedIn } from '@koers/shared/auth';
import { apiSend } from '../../../lib/api-client.ts';
import { completeSignIn } from './get-session.ts';

/**
 * Usernameless: the browser offers the passkeys it holds for Koers, the person picks one and unlocks it
 * (fingerprint, face or PIN), and its signature opens a session. The WebAuthn library loads only now.
 */
async function signInWithPasskey() {
  const [{ startAuthentication }, optionsJSON] = await Promise.all([
    import('@simplewebauthn/browser'),
    apiSend<PublicKeyCredentialRequestOptionsJSON>('POST', '/api/auth/passkey/options'),
  ]);
  const response = await startAuthentication({ optionsJSON });
  // A refused passkey answers 401: this button's own error, not a session that ended.
  return apiSend<TSignedIn>('POST', '/api/auth/passkey', { body: { response }, unauthenticatedIsExpected: true });
}

export function useSignInWithPasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInWithPasskey,
    onSuccess: (signedIn) => completeSignIn(queryClient, signedIn),
  });
}
