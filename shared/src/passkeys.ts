import { z } from 'zod';
import { ZInt, ZText } from './input.ts';

/**
 * Passkeys (WebAuthn): what the account page and the login page exchange with the API. The ceremonies'
 * payloads follow the WebAuthn JSON shapes that @simplewebauthn produces in the browser; their contents
 * (signatures, CBOR) are checked by the API's WebAuthn library, these schemas only bound their size.
 */

/** Binary values travel as base64url; a few kilobytes hold any attestation Koers asks for ("none"). */
const ZBase64Url = (max: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, 'Expected base64url')
    .max(max);

const ZCredentialCommon = {
  id: ZBase64Url(1024).min(1),
  rawId: ZBase64Url(1024).min(1),
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.record(ZText.max(64), z.unknown()),
};

const ZTransport = z.enum(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);

export const ZRegistrationResponse = z.object({
  ...ZCredentialCommon,
  response: z.object({
    clientDataJSON: ZBase64Url(4096).min(1),
    attestationObject: ZBase64Url(16_384).min(1),
    authenticatorData: ZBase64Url(4096).optional(),
    transports: z.array(ZTransport).max(7).optional(),
    publicKeyAlgorithm: ZInt.optional(),
    publicKey: ZBase64Url(4096).optional(),
  }),
});

export const ZAuthenticationResponse = z.object({
  ...ZCredentialCommon,
  response: z.object({
    clientDataJSON: ZBase64Url(4096).min(1),
    authenticatorData: ZBase64Url(4096).min(1),
    signature: ZBase64Url(1024).min(1),
    userHandle: ZBase64Url(128).optional(),
  }),
});

/** The database holds the same limit. */
export const ZPasskeyName = ZText.trim().min(1).max(60);

/** Enrol the passkey the browser just made, under a name the person recognises ("Laptop werk"). */
export const ZPasskeyEnrolment = z.object({ name: ZPasskeyName, response: ZRegistrationResponse });
export type TPasskeyEnrolment = z.infer<typeof ZPasskeyEnrolment>;

export const ZPasskeySignIn = z.object({ response: ZAuthenticationResponse });
export type TPasskeySignIn = z.infer<typeof ZPasskeySignIn>;

/**
 * The options of a ceremony, for the browser's navigator.credentials call. Described, not enumerated:
 * the WebAuthn library makes them and the browser library reads them.
 */
export const ZCeremonyOptions = z.looseObject({ challenge: z.string(), timeout: z.number().optional() });

export const ZPasskey = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TPasskey = z.infer<typeof ZPasskey>;

export const ZPasskeyParams = z.object({ passkeyId: z.uuid() });
