import { addressOf, forgiveAttempt, SECOND_FACTOR_LIMITS, type TCountedLimit } from '../auth/attempt-throttle.ts';
import { throttleAttempt } from '../auth/throttle-attempt.ts';
import type { TExecutor } from '../../db/types.ts';
import { hashRecoveryCode, isTotpCode, normaliseCode } from './recovery-codes.ts';
import { acceptStep, findTotpFactor, useRecoveryCode } from './second-factor.repository.ts';
import { openSecret, type TSecretBox } from './secret-box.ts';
import { stepOfCode } from './totp.ts';

/** Who is asking, as far as the throttle and the audit log are concerned. */
export type TCodeCaller = { requestId: string; ip: string };

function codeLimits(personId: string, ip: string) {
  return {
    account: { limit: SECOND_FACTOR_LIMITS.account, counts: personId },
    address: { limit: SECOND_FACTOR_LIMITS.address, counts: addressOf(ip) },
  } satisfies Record<keyof typeof SECOND_FACTOR_LIMITS, TCountedLimit>;
}

/**
 * Weighs a code attempt before the code is looked at, as one decision in the database (so parallel
 * attempts get exactly as many tries as the limit allows); refused, it answers 429, and the first refusal
 * of a window goes to the audit log.
 */
export async function weighCodeAttempt(db: TExecutor, personId: string, caller: TCodeCaller): Promise<void> {
  await throttleAttempt(db, {
    what: 'second-factor',
    limits: Object.values(codeLimits(personId, caller.ip)),
    caller,
    subject: { type: 'person', id: () => Promise.resolve(personId) },
  });
}

/**
 * A right code gives its attempt back to the address (colleagues behind one school address never add up
 * to its limit) and starts the account's count afresh, as a right password does.
 */
export async function forgiveCodeAttempt(db: TExecutor, personId: string, caller: TCodeCaller): Promise<void> {
  const limits = codeLimits(personId, caller.ip);
  await forgiveAttempt(db, { giveBack: [limits.address], clear: [limits.account] });
}

/**
 * Checks a code from the person's confirmed authenticator app, or one of their recovery codes, and uses it
 * up: a TOTP code's step and a recovery code each get in once. Null when it is not (or no longer) valid.
 */
export async function useSecondFactorCode(
  db: TExecutor,
  secretBox: TSecretBox,
  personId: string,
  code: string,
): Promise<'totp' | 'recovery-code' | null> {
  const factor = await findTotpFactor(db, personId);
  if (!factor?.confirmed_at) return null;
  if (isTotpCode(code)) {
    const step = stepOfCode(openSecret(secretBox, factor.secret, personId), normaliseCode(code));
    return step !== null && (await acceptStep(db, personId, step, false)) ? 'totp' : null;
  }
  return (await useRecoveryCode(db, personId, hashRecoveryCode(code))) ? 'recovery-code' : null;
}
