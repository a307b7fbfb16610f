import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, SEALED_PREFIX } from './secret-box.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('sealing authenticator secrets', () => {
  const box = createSecretBox(randomBytes(32));
  const person = randomUUID();

  it('opens what it sealed, for the person it was sealed for, and shows nothing of the secret', () => {
    const sealed = box.seal(SECRET, person);
    expect(sealed.startsWith(SEALED_PREFIX)).toBe(true);
    expect(sealed).not.toContain(SECRET);
    expect(box.open(sealed, person)).toBe(SECRET);
    // A fresh nonce each time: the same secret sealed twice is two different values.
    expect(box.seal(SECRET, person)).not.toBe(sealed);
  });

  it('opens nothing sealed for someone else, under another key, altered, or not sealed at all', () => {
    const sealed = box.seal(SECRET, person);
    const [iv, text, tag] = sealed.slice(SEALED_PREFIX.length).split('.') as [string, string, string];
    const flipped = (part: string) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString('base64url');
    };
    const shortTag = Buffer.from(tag, 'base64url').subarray(0, 4).toString('base64url');
    expect([
      box.open(sealed, randomUUID()),
      createSecretBox(randomBytes(32)).open(sealed, person),
      box.open(`${SEALED_PREFIX}${[iv, flipped(text), tag].join('.')}`, person),
      box.open(`${SEALED_PREFIX}${[flipped(iv), text, tag].join('.')}`, person),
      box.open(`${SEALED_PREFIX}${[iv, text, flipped(tag)].join('.')}`, person),
      box.open(`${SEALED_PREFIX}${[iv, text, shortTag].join('.')}`, person),
      box.open(`${SEALED_PREFIX}${[iv, text].join('.')}`, person),
      box.open(SECRET, person),
    ]).toEqual([null, null, null, null, null, null, null, null]);
  });
});
