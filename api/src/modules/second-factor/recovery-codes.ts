import { createHash, randomInt } from 'node:crypto';
import { RECOVERY_CODE_COUNT } from '@koers/shared/second-factor';

// Crockford's base32: no i, l, o or u, so a code read off paper is typed back without confusion.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** As people type it: any case, with or without the dashes and spaces. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

/** 80 random bits each: too many to guess, so a fast SHA-256 is hash enough (no Argon2 needed). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
    ).join('-'),
  );
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normaliseCode(code)).digest('hex');
}

/** Six digits are a code from the authenticator app; anything else is tried as a recovery code. */
export function isTotpCode(code: string): boolean {
  return /^\d{6}$/.test(normaliseCode(code));
}
