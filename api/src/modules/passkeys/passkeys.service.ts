import type { Kysely } from 'kysely';
import type { TPasskey, TPasskeyEnrolment } from '@koers/shared/passkeys';
import type { TDatabase } from '../../db/schema.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../errors.ts';
import { loadWebAuthn } from '../../load-on-first-use.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { toPasskey } from './passkeys.mapper.ts';
import * as repository from './passkeys.repository.ts';
import { challengeOf, passkeyAlgorithms, type TRelyingParty, userHandleOf } from './relying-party.ts';

type TDeps = { db: Kysely<TDatabase>; relyingParty: TRelyingParty };

/** The browser's own deadline for a ceremony; the challenge kept on the server outlives it. */
export const CEREMONY_TIMEOUT_MS = 2 * 60 * 1000;

function enrolmentRefused(message: string): InvalidInputError {
  return new InvalidInputError('This passkey could not be enrolled; start again', [{ path: 'body.response', message }]);
}

/** The signed-in person's own passkeys: enrol one, list them, remove one. */
export function createPasskeysService({ db, relyingParty }: TDeps) {
  return {
    async list({ actor }: TRequestContext): Promise<TPasskey[]> {
      return (await repository.listPasskeysOfPerson(db, actor.personId)).map(toPasskey);
    },

    /**
     * Starts an enrolment: a discoverable credential (so the login page needs no email address) with user
     * verification (a PIN, fingerprint or face: possession alone is not enough for a sign-in on its own).
     */
    async registrationOptions({ actor }: TRequestContext) {
      const existing = await repository.listPasskeysOfPerson(db, actor.personId);
      const { generateRegistrationOptions } = await loadWebAuthn();
      const options = await generateRegistrationOptions({
        rpName: relyingParty.name,
        rpID: relyingParty.id,
        userID: userHandleOf(actor.personId),
        userName: actor.email,
        userDisplayName: actor.displayName,
        timeout: CEREMONY_TIMEOUT_MS,
        // Koers trusts no particular maker of authenticators, so it asks for no attestation to check.
        attestationType: 'none',
        excludeCredentials: existing.map((k) => ({ id: k.credential_id, transports: k.transports })),
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
        supportedAlgorithmIDs: await passkeyAlgorithms(),
      });
      await repository.deleteExpiredChallenges(db);
      await repository.insertChallenge(db, {
        challenge: options.challenge,
        purpose: 'registration',
        personId: actor.personId,
      });
      // A plain object: the route's schema describes the options loosely, with room for every field.
      return { ...options };
    },

    async enrol({ actor, requestId }: TRequestContext, { name, response }: TPasskeyEnrolment): Promise<TPasskey> {
      const challenge = await challengeOf(response.response.clientDataJSON);
      // Taken before it is checked, and for good: an answer that fails still used up its challenge.
      if (!challenge || !(await repository.consumeChallenge(db, challenge, 'registration', actor.personId)))
        throw enrolmentRefused('The enrolment was not started here, has expired, or was already used');
      const { verifyRegistrationResponse } = await loadWebAuthn();
      const verification = await verifyRegistrationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: relyingParty.origin,
        expectedRPID: relyingParty.id,
        requireUserVerification: true,
        supportedAlgorithmIDs: await passkeyAlgorithms(),
      }).catch((error: unknown) => {
        throw enrolmentRefused(error instanceof Error ? error.message : 'The answer could not be verified');
      });
      if (!verification.verified) throw enrolmentRefused('The answer could not be verified');
      const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;

      return db.transaction().execute(async (trx) => {
        const row = await repository.insertPasskey(trx, {
          personId: actor.personId,
          credentialId: credential.id,
          publicKey: credential.publicKey,
          counter: credential.counter,
          transports: credential.transports ?? [],
          deviceType: credentialDeviceType,
          backedUp: credentialBackedUp,
          name,
        });
        if (!row) throw new ConflictError('This passkey is already enrolled');
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'passkey.enrolled',
          subjectType: 'passkey',
          subjectId: row.id,
          requestId,
        });
        return toPasskey(row);
      });
    },

    async remove({ actor, requestId }: TRequestContext, passkeyId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        if (!(await repository.deletePasskey(trx, actor.personId, passkeyId))) throw new NotFoundError('Passkey');
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'passkey.removed',
          subjectType: 'passkey',
          subjectId: passkeyId,
          requestId,
        });
      });
    },
  };
}
