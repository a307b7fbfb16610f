import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import pLimit from 'p-limit';

// Argon2id with the library's defaults (19 MiB, 2 passes), the OWASP-recommended minimum. Each hash holds
// its 19 MiB while it runs on a worker thread: more hashes at once than there are cores only wait for one
// another, and a burst of sign-ins (or of guesses) would hold that memory for every one of them.
const oneAtATimePerCore = pLimit(availableParallelism());

export function hashPassword(password: string): Promise<string> {
  return oneAtATimePerCore(() => hash(password));
}

// Verifying against a throwaway hash when the account does not exist takes as long as a real check,
// so response times do not reveal which email addresses have an account.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    decoyHash ??= hashPassword('decoy password that matches nothing');
    const decoy = await decoyHash;
    await oneAtATimePerCore(() => verify(decoy, password));
    return false;
  }
  return oneAtATimePerCore(() => verify(passwordHash, password));
}
