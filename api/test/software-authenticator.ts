import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

/**
 * A passkey authenticator in software, for API tests: an ES256 key pair per credential, the authenticator
 * data, CBOR attestation ("none") and client data built by hand as WebAuthn level 3 lays them out, and a
 * real signature, so the API's WebAuthn library checks these answers exactly as it checks a browser's.
 */

type TCredential = { id: Buffer; privateKey: KeyObject; userHandle: string; counter: number };
type TCeremony = { challenge: string };

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED_CREDENTIAL = 0x40;

export class SoftwareAuthenticator {
  private readonly credentials: TCredential[] = [];
  private readonly origin: string;
  private readonly rpId: string;

  /** The origin the "browser" reports, and the relying party id it signs for (Koers's own in tests). */
  constructor(origin = 'http://localhost:3000', rpId = new URL(origin).hostname) {
    this.origin = origin;
    this.rpId = rpId;
  }

  private clientData(type: 'webauthn.create' | 'webauthn.get', challenge: string, origin = this.origin) {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  private authenticatorData(flags: number, counter: number, attested?: Buffer) {
    const counterBytes = Buffer.alloc(4);
    counterBytes.writeUInt32BE(counter);
    return Buffer.concat([sha256(this.rpId), Buffer.from([flags]), counterBytes, ...(attested ? [attested] : [])]);
  }

  /** navigator.credentials.create: a new discoverable passkey for the options' user. */
  register(
    options: TCeremony & { user: { id: string } },
    { userVerified = true, origin }: { userVerified?: boolean; origin?: string } = {},
  ) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const coseKey = new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, Buffer.from(jwk.x ?? '', 'base64url')],
      [-3, Buffer.from(jwk.y ?? '', 'base64url')],
    ]);
    const id = randomBytes(16);
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(id.length);
    const attested = Buffer.concat([Buffer.alloc(16), idLength, id, isoCBOR.encode(coseKey)]);
    const flags = FLAG_USER_PRESENT | FLAG_ATTESTED_CREDENTIAL | (userVerified ? FLAG_USER_VERIFIED : 0);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Uint8Array | Map<string, never>>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, never>()],
        ['authData', this.authenticatorData(flags, 0, attested)],
      ]),
    );
    this.credentials.push({ id, privateKey, userHandle: options.user.id, counter: 0 });
    return {
      id: b64url(id),
      rawId: b64url(id),
      type: 'public-key' as const,
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(this.clientData('webauthn.create', options.challenge, origin)),
        attestationObject: b64url(attestationObject),
        transports: ['internal' as const],
      },
    };
  }

  /**
   * navigator.credentials.get with the newest passkey (or the one given). `counter` sets the signature
   * counter, as a copied passkey's would be, behind the original's; `origin` is what a browser on another
   * site would report.
   */
  authenticate(
    options: TCeremony,
    { credentialId, counter, origin }: { credentialId?: string; counter?: number; origin?: string } = {},
  ) {
    const credential = credentialId
      ? this.credentials.find((c) => b64url(c.id) === credentialId)
      : this.credentials.at(-1);
    if (!credential) throw new Error('This authenticator holds no such passkey');
    credential.counter = counter ?? credential.counter + 1;
    const authenticatorData = this.authenticatorData(FLAG_USER_PRESENT | FLAG_USER_VERIFIED, credential.counter);
    const clientDataJSON = this.clientData('webauthn.get', options.challenge, origin);
    const signature = sign('sha256', Buffer.concat([authenticatorData, sha256(clientDataJSON)]), credential.privateKey);
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: 'public-key' as const,
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authenticatorData),
        signature: b64url(signature),
        userHandle: credential.userHandle,
      },
    };
  }
}
