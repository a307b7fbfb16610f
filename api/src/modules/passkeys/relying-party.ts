import { loadWebAuthnHelpers } from '../../load-on-first-use.ts';

/**
 * Koers as a WebAuthn relying party: its id is the host people reach it on, its origin that of
 * KOERS_PUBLIC_URL. A passkey is bound to the id; the browser signs the origin it was used on, and any
 * other origin (a look-alike site relaying the ceremony) is refused.
 */
export type TRelyingParty = { id: string; origin: string; name: string };

export function relyingPartyOf(publicUrl: string): TRelyingParty {
  const url = new URL(publicUrl);
  return { id: url.hostname, origin: url.origin, name: 'Koers' };
}

/**
 * The signature algorithms passkeys are made with today. Named, not left to the library's default, which
 * probes Node for post-quantum ML-DSA (an experimental API that prints a warning) on every enrolment.
 */
export async function passkeyAlgorithms(): Promise<number[]> {
  const { COSEALG } = await loadWebAuthnHelpers();
  return [COSEALG.EdDSA, COSEALG.ES256, COSEALG.RS256];
}

/**
 * The user handle the authenticator keeps with the passkey: the person's id as 16 bytes, which says
 * nothing about them (WebAuthn asks for no personal data there), and tells a sign-in whose passkey it is.
 */
export function userHandleOf(personId: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Buffer.from(personId.replaceAll('-', ''), 'hex'));
}

export async function userHandleMatches(userHandle: string, personId: string): Promise<boolean> {
  const { isoBase64URL } = await loadWebAuthnHelpers();
  return userHandle === isoBase64URL.fromBuffer(userHandleOf(personId));
}

/** The challenge the browser signed, read from its client data; null when that is not readable. */
export async function challengeOf(clientDataJSON: string): Promise<string | null> {
  const { decodeClientDataJSON } = await loadWebAuthnHelpers();
  try {
    const { challenge } = decodeClientDataJSON(clientDataJSON);
    return typeof challenge === 'string' && challenge.length > 0 ? challenge : null;
  } catch {
    return null;
  }
}
