import { sql } from 'kysely';
import type { TExecutor } from '../../db/types.ts';
import { newToken } from './tokens.ts';

export type TLinkPurpose = 'invitation' | 'password_reset';

// An invitation may sit in an inbox over a holiday; a reset link is used at once or not at all.
const VALID_HOURS: Record<TLinkPurpose, number> = { invitation: 24 * 14, password_reset: 1 };

/** Issues a fresh link and voids the person's earlier unused ones of the same purpose. */
export async function issueOneTimeLink(db: TExecutor, personId: string, purpose: TLinkPurpose): Promise<string> {
  await db
    .updateTable('one_time_link')
    .set({ used_at: sql<Date>`now()` })
    .where('person_id', '=', personId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
  const { token, hash } = newToken();
  await db
    .insertInto('one_time_link')
    .values({
      token_hash: hash,
      person_id: personId,
      purpose,
      expires_at: sql<Date>`now() + make_interval(hours => ${VALID_HOURS[purpose]})`,
    })
    .execute();
  return token;
}

export async function findUsableLink(db: TExecutor, tokenHash: string) {
  return db
    .selectFrom('one_time_link as l')
    .innerJoin('person as p', 'p.id', 'l.person_id')
    .select(['l.token_hash', 'l.person_id', 'l.purpose', 'p.display_name', 'p.email', 'p.status'])
    .where('l.token_hash', '=', tokenHash)
    .where('l.used_at', 'is', null)
    .where('l.expires_at', '>', sql<Date>`now()`)
    .where('p.status', 'in', ['invited', 'active'])
    .executeTakeFirst();
}

/** Marks the link used; false when another request used it first. */
export async function consumeLink(db: TExecutor, tokenHash: string): Promise<boolean> {
  const result = await db
    .updateTable('one_time_link')
    .set({ used_at: sql<Date>`now()` })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export function oneTimeLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/link/${token}`;
}
