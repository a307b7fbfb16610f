import type { TExecutor } from '../../db/types.ts';
import { TooManyRequestsError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { type TCountedLimit, weighAttempt } from './attempt-throttle.ts';

/** An attempt to get in (a password, a code, a passkey, a provider's answer) from one caller. */
export type TAttempt = {
  /** What is being tried, as the audit log names it. */
  what: string;
  limits: readonly TCountedLimit[];
  caller: { requestId: string; ip: string };
  /** Whose account the attempt is at, when that is known; looked up only for the audit row of a refusal. */
  subject?: { type: 'person' | 'session'; id: () => Promise<string | null> };
};

/**
 * Weighs an attempt before anything is checked, as one decision in the database (parallel attempts get
 * exactly as many tries as the limits allow). Refused, it answers 429 with Retry-After, and the first
 * refusal of a window goes to the audit log.
 */
export async function throttleAttempt(db: TExecutor, { what, limits, caller, subject }: TAttempt): Promise<void> {
  const decision = await weighAttempt(db, limits);
  if (decision.allowed) return;
  if (decision.firstRefusal)
    await recordAudit(db, {
      actorPersonId: null,
      action: 'auth.throttled',
      subjectType: subject?.type ?? 'session',
      subjectId: subject ? await subject.id() : null,
      requestId: caller.requestId,
      details: { what, limit: decision.limit, address: caller.ip, retryAfterSeconds: decision.retryAfterSeconds },
    });
  throw new TooManyRequestsError('Too many attempts; try again shortly', decision.retryAfterSeconds);
}
