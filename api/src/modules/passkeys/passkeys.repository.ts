import { sql } from 'kysely';
import type { TExecutor } from '../../db/types.ts';

/** How long a ceremony may take, from options to answer: the browser's own timeout, plus a margin. */
const CHALLENGE_SECONDS = 5 * 60;

export async function insertChallenge(
  db: TExecutor,
  challenge: { challenge: string; purpose: 'registration' | 'authentication'; personId: string | null },
) {
  await db
    .insertInto('passkey_challenge')
    .values({
      challenge: challenge.challenge,
      purpose: challenge.purpose,
      person_id: challenge.personId,
      expires_at: sql<Date>`now() + make_interval(secs => ${CHALLENGE_SECONDS})`,
    })
    .execute();
}

/**
 * Takes a challenge for one ceremony: found, unexpired and of this purpose (and person), it is deleted in
 * the same statement, so two answers to one challenge never both get through. False when none is left.
 */
export async function consumeChallenge(
  db: TExecutor,
  challenge: string,
  purpose: 'registration' | 'authentication',
  personId: string | null,
): Promise<boolean> {
  let query = db
    .deleteFrom('passkey_challenge')
    .where('challenge', '=', challenge)
    .where('purpose', '=', purpose)
    .where('expires_at', '>', sql<Date>`now()`);
  query = personId === null ? query.where('person_id', 'is', null) : query.where('person_id', '=', personId);
  return (await query.returning('challenge').executeTakeFirst()) !== undefined;
}

export async function deleteExpiredChallenges(db: TExecutor) {
  await db
    .deleteFrom('passkey_challenge')
    .where('expires_at', '<=', sql<Date>`now()`)
    .execute();
}

export async function insertPasskey(
  db: TExecutor,
  passkey: {
    personId: string;
    credentialId: string;
    publicKey: Uint8Array;
    counter: number;
    transports: string[];
    deviceType: 'singleDevice' | 'multiDevice';
    backedUp: boolean;
    name: string;
  },
) {
  return db
    .insertInto('passkey')
    .values({
      person_id: passkey.personId,
      credential_id: passkey.credentialId,
      public_key: passkey.publicKey,
      counter: passkey.counter,
      transports: passkey.transports,
      device_type: passkey.deviceType,
      backed_up: passkey.backedUp,
      name: passkey.name,
    })
    .onConflict((oc) => oc.column('credential_id').doNothing())
    .returning(['id', 'name', 'created_at', 'last_used_at'])
    .executeTakeFirst();
}

export async function listPasskeysOfPerson(db: TExecutor, personId: string) {
  return db
    .selectFrom('passkey')
    .select(['id', 'name', 'credential_id', 'transports', 'created_at', 'last_used_at'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The passkey a sign-in presents, with the person it belongs to (locked: its counter is about to move). */
export async function findPasskeyForSignIn(db: TExecutor, credentialId: string) {
  return db
    .selectFrom('passkey as k')
    .innerJoin('person as p', 'p.id', 'k.person_id')
    .select([
      'k.id',
      'k.person_id',
      'k.credential_id',
      'k.public_key',
      'k.counter',
      'k.transports',
      'p.display_name',
      'p.email',
      'p.status',
    ])
    .where('k.credential_id', '=', credentialId)
    .forUpdate('k')
    .executeTakeFirst();
}

export async function recordPasskeyUse(
  db: TExecutor,
  passkeyId: string,
  use: { counter: number; deviceType: 'singleDevice' | 'multiDevice'; backedUp: boolean },
) {
  await db
    .updateTable('passkey')
    .set({
      counter: use.counter,
      device_type: use.deviceType,
      backed_up: use.backedUp,
      last_used_at: sql<Date>`now()`,
    })
    .where('id', '=', passkeyId)
    .execute();
}

export async function deletePasskey(db: TExecutor, personId: string, passkeyId: string): Promise<boolean> {
  const deleted = await db
    .deleteFrom('passkey')
    .where('id', '=', passkeyId)
    .where('person_id', '=', personId)
    .returning('id')
    .executeTakeFirst();
  return deleted !== undefined;
}

/** Erasure: the person's passkeys and any enrolment of theirs in progress. */
export async function deletePasskeysOfPerson(db: TExecutor, personId: string) {
  await db.deleteFrom('passkey_challenge').where('person_id', '=', personId).execute();
  await db.deleteFrom('passkey').where('person_id', '=', personId).execute();
}
