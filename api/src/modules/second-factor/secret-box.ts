import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Authenticator secrets as the database keeps them: sealed with AES-256-GCM under the app's secret key
 * (secret-key.ts), bound to the person they belong to, so that a database dump, a backup file or a read
 * through a flaw does not yield secrets to make codes with, and a sealed value copied to another person's
 * row does not open there.
 */
export type TSecretBox = {
  seal(secret: string, personId: string): string;
  /** Null for a value that is not sealed, sealed under another key, for another person, or altered. */
  open(sealed: string, personId: string): string | null;
};

/** How every sealed value starts, naming the scheme; a secret in plain text (base32) never does. */
export const SEALED_PREFIX = 'v1.';
const ALGORITHM = 'aes-256-gcm';
const encode = (bytes: Buffer) => bytes.toString('base64url');
const decode = (text: string) => Buffer.from(text, 'base64url');
const boundTo = (personId: string) => Buffer.from(`totp_factor:${personId}`);

export function createSecretBox(key: Buffer): TSecretBox {
  return {
    seal(secret, personId) {
      // A fresh 96-bit nonce per seal: a secret sealed twice looks different each time.
      const iv = randomBytes(12);
      const cipher = createCipheriv(ALGORITHM, key, iv).setAAD(boundTo(personId));
      const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return `${SEALED_PREFIX}${[iv, sealed, cipher.getAuthTag()].map(encode).join('.')}`;
    },

    open(sealed, personId) {
      if (!sealed.startsWith(SEALED_PREFIX)) return null;
      const [iv, text, tag, ...rest] = sealed.slice(SEALED_PREFIX.length).split('.');
      if (!iv || !text || !tag || rest.length > 0) return null;
      try {
        // The full tag only: a shortened one would be easier to forge.
        const decipher = createDecipheriv(ALGORITHM, key, decode(iv), { authTagLength: 16 }).setAAD(boundTo(personId));
        decipher.setAuthTag(decode(tag));
        return Buffer.concat([decipher.update(decode(text)), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}

/**
 * A person's stored secret, opened. One that does not open is no wrong code but a server fault (another
 * KOERS_SECRET_KEY than the one it was sealed with, or an altered row): it fails loudly, never as "wrong code".
 */
export function openSecret(secretBox: TSecretBox, sealed: string, personId: string): string {
  const secret = secretBox.open(sealed, personId);
  if (secret === null) throw new Error('An authenticator secret does not open with this KOERS_SECRET_KEY');
  return secret;
}
