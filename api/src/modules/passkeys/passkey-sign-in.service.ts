import type { Kysely } from 'kysely';
import type { TPasskeySignIn } from '@koers/shared/passkeys';
import type { TConfig } from '../../config.ts';
import type { TDatabase } from '../../db/schema.ts';
import { UnauthenticatedError } from '../../errors.ts';
import { loadWebAuthn } from '../../load-on-first-use.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { loadRolesAndAccess } from '../auth/access.repository.ts';
import { addressOf, forgiveAttempt, type TCountedLimit, type TLimit } from '../auth/attempt-throttle.ts';
import { throttleAttempt } from '../auth/throttle-attempt.ts';
import { type TCaller, toCurrentUser } from '../auth/auth.service.ts';
import * as sessions from '../auth/session.repository.ts';
import { newToken } from '../auth/tokens.ts';
import * as repository from './passkeys.repository.ts';
import { CEREMONY_TIMEOUT_MS } from './passkeys.service.ts';
import { challengeOf, type TRelyingParty, userHandleMatches } from './relying-party.ts';

const PASSKEY_SIGN_IN_LIMITS = {
  /**
   * Ceremonies from one address: a sign-in weighs twice (its options and its answer). Guessing is no
   * threat to a signature, but each start keeps a challenge, and each answer costs a verification.
   */
  address: { name: 'passkey-sign-in:address', attempts: 60, windowSeconds: 15 * 60 },
  /** Answers with one passkey from anywhere: beyond ten an hour each waits 2, 4, 8... seconds, at most a minute. */
  passkey: { name: 'passkey-sign-in:passkey', attempts: 10, windowSeconds: 60 * 60, maxDelaySeconds: 60 },
} satisfies Record<string, TLimit>;

/** Why a sign-in was refused, for the audit log; the person sees one message for all of them. */
type TRefusal =
  | 'challenge-unknown'
  | 'passkey-unknown'
  | 'account-not-active'
  | 'user-handle-mismatch'
  | 'counter-went-back'
  | 'verification-failed';

type TDeps = {
  db: Kysely<TDatabase>;
  relyingParty: TRelyingParty;
  config: Pick<TConfig, 'sessionAbsoluteHours' | 'sessionIdleMinutes'>;
};

/** Usernameless sign-in with a passkey: possession and user verification in one step, so a strong sign-in. */
export function createPasskeySignInService({ db, relyingParty, config }: TDeps) {
  const throttle = (limits: TCountedLimit[], caller: TCaller) =>
    throttleAttempt(db, { what: 'passkey-sign-in', limits, caller });

  const addressLimit = (caller: TCaller): TCountedLimit => ({
    limit: PASSKEY_SIGN_IN_LIMITS.address,
    counts: addressOf(caller.ip),
  });

  const refuse = async (reason: TRefusal, personId: string | null, caller: TCaller): Promise<never> => {
    await recordAudit(db, {
      actorPersonId: null,
      action: 'auth.login-failed',
      subjectType: 'person',
      subjectId: personId,
      requestId: caller.requestId,
      details: { method: 'passkey', reason, address: caller.ip },
    });
    throw new UnauthenticatedError('This passkey could not sign you in');
  };

  return {
    /** Starts a sign-in: no allowed credentials listed, so the browser offers every passkey it has for Koers. */
    async options(caller: TCaller) {
      await throttle([addressLimit(caller)], caller);
      const { generateAuthenticationOptions } = await loadWebAuthn();
      const options = await generateAuthenticationOptions({
        rpID: relyingParty.id,
        userVerification: 'required',
        timeout: CEREMONY_TIMEOUT_MS,
      });
      await repository.deleteExpiredChallenges(db);
      await repository.insertChallenge(db, { challenge: options.challenge, purpose: 'authentication', personId: null });
      // A plain object: the route's schema describes the options loosely, with room for every field.
      return { ...options };
    },

    /** Checks the passkey's answer and opens a session; the caller sets the returned token as a cookie. */
    async signIn({ response }: TPasskeySignIn, caller: TCaller) {
      const limits = {
        address: addressLimit(caller),
        passkey: { limit: PASSKEY_SIGN_IN_LIMITS.passkey, counts: response.id },
      };
      await throttle(Object.values(limits), caller);

      // Loaded before the transaction below, which should not wait for a module while it holds a connection.
      const { verifyAuthenticationResponse } = await loadWebAuthn();
      const challenge = await challengeOf(response.response.clientDataJSON);
      // Used up before the answer is checked: a replayed or failing answer never gets a second try.
      if (!challenge || !(await repository.consumeChallenge(db, challenge, 'authentication', null)))
        return refuse('challenge-unknown', null, caller);

      const outcome = await db.transaction().execute(async (trx) => {
        const passkey = await repository.findPasskeyForSignIn(trx, response.id);
        if (!passkey) return { ok: false, refused: 'passkey-unknown', personId: null } as const;
        const personId = passkey.person_id;
        if (passkey.status !== 'active' || !passkey.email)
          return { ok: false, refused: 'account-not-active', personId } as const;
        if (
          response.response.userHandle !== undefined &&
          !(await userHandleMatches(response.response.userHandle, personId))
        )
          return { ok: false, refused: 'user-handle-mismatch', personId } as const;

        // The library weighs the signature counter before the signature, so an unsigned answer would pass for
        // a copied passkey. Given 0 it checks the signature alone, and the counter is compared here after it.
        const verification = await verifyAuthenticationResponse({
          response,
          expectedChallenge: challenge,
          expectedOrigin: relyingParty.origin,
          expectedRPID: relyingParty.id,
          credential: {
            id: passkey.credential_id,
            publicKey: new Uint8Array(passkey.public_key),
            counter: 0,
            transports: passkey.transports,
          },
          requireUserVerification: true,
        }).catch(() => null);
        if (!verification?.verified) return { ok: false, refused: 'verification-failed', personId } as const;
        const info = verification.authenticationInfo;
        // A counter that does not move forward (where the authenticator keeps one) betrays a copy in use.
        const stored = Number(passkey.counter);
        if ((info.newCounter > 0 || stored > 0) && info.newCounter <= stored)
          return { ok: false, refused: 'counter-went-back', personId } as const;

        const { token, hash } = newToken();
        await repository.recordPasskeyUse(trx, passkey.id, {
          counter: info.newCounter,
          deviceType: info.credentialDeviceType,
          backedUp: info.credentialBackedUp,
        });
        // The session of a passkey sign-in: made as every session is (auth/session.repository.ts).
        await sessions.insertSession(trx, hash, personId, config.sessionAbsoluteHours, 'passkey');
        await recordAudit(trx, {
          actorPersonId: personId,
          action: 'auth.login',
          subjectType: 'session',
          requestId: caller.requestId,
          details: { method: 'passkey', passkeyId: passkey.id },
        });
        return {
          ok: true,
          token,
          person: { id: personId, displayName: passkey.display_name, email: passkey.email },
        } as const;
      });
      if (!outcome.ok) return refuse(outcome.refused, outcome.personId, caller);

      await forgiveAttempt(db, { giveBack: [limits.address, limits.address], clear: [limits.passkey] });
      await sessions.deleteExpiredSessions(db, config.sessionIdleMinutes);
      const { person } = outcome;
      const { roles, access } = await loadRolesAndAccess(db, person.id);
      return {
        token: outcome.token,
        user: toCurrentUser({
          personId: person.id,
          displayName: person.displayName,
          email: person.email,
          roles,
          access,
          // A passkey with user verification is a strong sign-in of its own.
          secondFactorRequired: false,
        }),
      };
    },
  };
}
