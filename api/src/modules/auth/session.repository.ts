import { sql } from 'kysely';
import type { TExecutor } from '../../db/types.ts';

export async function insertSession(db: TExecutor, tokenHash: string, personId: string, absoluteHours: number) {
  await db
    .insertInto('session')
    .values({
      token_hash: tokenHash,
      person_id: personId,
      expires_at: sql<Date>`now() + make_interval(hours => ${absoluteHours})`,
    })
    .execute();
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
