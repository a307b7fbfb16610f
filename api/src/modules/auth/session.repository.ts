import { sql } from 'kysely';
import type { TSignInMethod } from '../../db/schema/people.ts';
import type { TExecutor } from '../../db/types.ts';

/** How long the second step of a password sign-in may take before the password must be typed again. */
const SECOND_STEP_MINUTES = 5;

export async function insertSession(
  db: TExecutor,
  tokenHash: string,
  personId: string,
  absoluteHours: number,
  signInMethod: TSignInMethod = 'password',
) {
  await db
    .insertInto('session')
    .values({
      token_hash: tokenHash,
      person_id: personId,
      sign_in_method: signInMethod,
      expires_at: sql<Date>`now() + make_interval(hours => ${absoluteHours})`,
    })
    .execute();
}

/** The password was right and the second step is to come: a short-lived session that opens nothing yet. */
export async function insertPendingSession(db: TExecutor, tokenHash: string, personId: string) {
  await db
    .insertInto('session')
    .values({
      token_hash: tokenHash,
      person_id: personId,
      second_factor_pending: true,
      expires_at: sql<Date>`now() + make_interval(mins => ${SECOND_STEP_MINUTES})`,
    })
    .execute();
}

/** The person whose second step is open under this token, while it lasts and their account is active. */
export async function findPendingSession(db: TExecutor, tokenHash: string) {
  return db
    .selectFrom('session as s')
    .innerJoin('person as p', 'p.id', 's.person_id')
    .select(['s.person_id', 'p.email', 'p.display_name'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.second_factor_pending', '=', true)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('p.status', '=', 'active')
    .executeTakeFirst();
}

/** Ends a pending session, once: false when another request already completed or ended it. */
export async function endPendingSession(db: TExecutor, tokenHash: string): Promise<boolean> {
  const ended = await db
    .deleteFrom('session')
    .where('token_hash', '=', tokenHash)
    .where('second_factor_pending', '=', true)
    .returning('token_hash')
    .executeTakeFirst();
  return ended !== undefined;
}

export async function touchSession(db: TExecutor, tokenHash: string) {
  // Requests of one session arriving together all see it stale: the first one writes, the others find it
  // fresh once they get the row, and write nothing.
  await db
    .updateTable('session')
    .set({ last_seen_at: sql<Date>`now()` })
    .where('token_hash', '=', tokenHash)
    .where('last_seen_at', '<', sql<Date>`now() - interval '1 minute'`)
    .execute();
}

export async function deleteSession(db: TExecutor, tokenHash: string) {
  await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfPerson(db: TExecutor, personId: string) {
  await db.deleteFrom('session').where('person_id', '=', personId).execute();
}

export async function deleteExpiredSessions(db: TExecutor, idleMinutes: number) {
  await db
    .deleteFrom('session')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', sql<Date>`now()`),
        eb('last_seen_at', '<=', sql<Date>`now() - make_interval(mins => ${idleMinutes})`),
      ]),
    )
    .execute();
}
