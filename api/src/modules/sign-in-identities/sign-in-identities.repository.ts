import { sql } from 'kysely';
import type { TExecutor } from '../../db/types.ts';

/** How long a sign-in may take at the provider before its state, nonce and verifier are forgotten. */
const ATTEMPT_MINUTES = 10;

export type TSignInAttempt = { provider: string; nonce: string; codeVerifier: string };

export async function insertSignInAttempt(db: TExecutor, stateHash: string, attempt: TSignInAttempt) {
  await db
    .insertInto('oidc_sign_in_attempt')
    .values({
      state_hash: stateHash,
      provider: attempt.provider,
      nonce: attempt.nonce,
      code_verifier: attempt.codeVerifier,
      expires_at: sql<Date>`now() + make_interval(mins => ${ATTEMPT_MINUTES})`,
    })
    .execute();
}

/** Takes the attempt out in one step, so a second callback with the same state finds nothing. */
export async function takeSignInAttempt(db: TExecutor, stateHash: string, provider: string) {
  const row = await db
    .deleteFrom('oidc_sign_in_attempt')
    .where('state_hash', '=', stateHash)
    .where('provider', '=', provider)
    .where('expires_at', '>', sql<Date>`now()`)
    .returning(['nonce', 'code_verifier'])
    .executeTakeFirst();
  return row ? { nonce: row.nonce, codeVerifier: row.code_verifier } : undefined;
}

export async function deleteExpiredSignInAttempts(db: TExecutor) {
  await db
    .deleteFrom('oidc_sign_in_attempt')
    .where('expires_at', '<=', sql<Date>`now()`)
    .execute();
}

/**
 * The person a provider's subject belongs to, whether they may still sign in, and whether the subject has
 * signed in before (an admin may have configured it for a first sign-in still to come).
 */
export async function findPersonBySubject(db: TExecutor, provider: string, subject: string) {
  return db
    .selectFrom('sign_in_identity')
    .innerJoin('person', 'person.id', 'sign_in_identity.person_id')
    .select(['person.id', 'person.status', 'sign_in_identity.last_used_at'])
    .where('sign_in_identity.provider', '=', provider)
    .where('sign_in_identity.subject', '=', subject)
    .executeTakeFirst();
}

/**
 * The invited or active person one of these addresses belongs to, who has no identity at this provider yet:
 * only such a person can be bound. Addresses are compared in lower case.
 */
export async function findBindablePerson(db: TExecutor, provider: string, addresses: string[]) {
  if (addresses.length === 0) return undefined;
  return db
    .selectFrom('person')
    .select(['id', 'status'])
    .where((eb) => eb(eb.fn('lower', ['email']), 'in', addresses))
    .where('status', 'in', ['invited', 'active'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('sign_in_identity')
            .select('subject')
            .whereRef('sign_in_identity.person_id', '=', 'person.id')
            .where('sign_in_identity.provider', '=', provider),
        ),
      ),
    )
    .orderBy('created_at')
    .executeTakeFirst();
}

export async function insertIdentity(db: TExecutor, personId: string, provider: string, subject: string) {
  await db.insertInto('sign_in_identity').values({ person_id: personId, provider, subject }).execute();
}

/** An admin's configured subject: unused until the first sign-in that presents it. */
export async function insertExpectedIdentity(db: TExecutor, personId: string, provider: string, subject: string) {
  return db
    .insertInto('sign_in_identity')
    .values({ person_id: personId, provider, subject, last_used_at: null })
    .returning(['provider', 'subject', 'created_at', 'last_used_at'])
    .executeTakeFirstOrThrow();
}

/** Who holds a provider's subject, if anyone. */
export async function findHolderOfSubject(db: TExecutor, provider: string, subject: string) {
  return db
    .selectFrom('sign_in_identity')
    .select('person_id')
    .where('provider', '=', provider)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

export async function deleteIdentityOfPerson(db: TExecutor, personId: string, provider: string) {
  return db
    .deleteFrom('sign_in_identity')
    .where('person_id', '=', personId)
    .where('provider', '=', provider)
    .returning('subject')
    .executeTakeFirst();
}

export async function touchIdentity(db: TExecutor, provider: string, subject: string) {
  await db
    .updateTable('sign_in_identity')
    .set({ last_used_at: sql<Date>`now()` })
    .where('provider', '=', provider)
    .where('subject', '=', subject)
    .execute();
}

/** An invited person who signs in through their institution has accepted the invitation: its link ends. */
export async function activateInvitedPerson(db: TExecutor, personId: string) {
  await db
    .updateTable('person')
    .set({ status: 'active' })
    .where('id', '=', personId)
    .where('status', '=', 'invited')
    .execute();
  await db
    .updateTable('one_time_link')
    .set({ used_at: sql<Date>`now()` })
    .where('person_id', '=', personId)
    .where('purpose', '=', 'invitation')
    .where('used_at', 'is', null)
    .execute();
}

export async function markSessionProvider(db: TExecutor, sessionTokenHash: string, provider: string) {
  await db
    .updateTable('session')
    .set({ sign_in_provider: provider })
    .where('token_hash', '=', sessionTokenHash)
    .execute();
}

export async function findSessionProvider(db: TExecutor, sessionTokenHash: string) {
  const row = await db
    .selectFrom('session')
    .select('sign_in_provider')
    .where('token_hash', '=', sessionTokenHash)
    .executeTakeFirst();
  return row?.sign_in_provider ?? null;
}

/** The identities a person signs in with (or an admin configured), for their export and the admin's page. */
export async function listIdentitiesOfPerson(db: TExecutor, personId: string) {
  return db
    .selectFrom('sign_in_identity')
    .select(['provider', 'subject', 'created_at', 'last_used_at'])
    .where('person_id', '=', personId)
    .orderBy('provider')
    .execute();
}
