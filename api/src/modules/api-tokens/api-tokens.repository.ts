import { sql } from 'kysely';
import type { TExecutor } from '../../db/types.ts';
import {
  AUDIT_RECORD_COLUMNS,
  insertAuditRecords,
  toAuditRecord,
  type TAuditEntry,
} from '../audit/audit.repository.ts';

const LISTED = ['id', 'name', 'created_at', 'expires_at', 'last_used_at'] as const;

export async function insertApiToken(
  db: TExecutor,
  token: { personId: string; name: string; tokenHash: string; expiresInDays: number },
) {
  return db
    .insertInto('api_token')
    .values({
      person_id: token.personId,
      name: token.name,
      token_hash: token.tokenHash,
      expires_at: sql<Date>`now() + make_interval(days => ${token.expiresInDays})`,
    })
    .returning([...LISTED])
    .executeTakeFirstOrThrow();
}

/** A person's tokens, the expired ones too (until they revoke them), newest first. */
export async function listApiTokensOfPerson(db: TExecutor, personId: string) {
  return db
    .selectFrom('api_token')
    .select([...LISTED])
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Revoking deletes: nothing of a revoked token is kept but its audit rows. */
export async function deleteApiToken(db: TExecutor, personId: string, tokenId: string) {
  return db
    .deleteFrom('api_token')
    .where('id', '=', tokenId)
    .where('person_id', '=', personId)
    .returning(['id', 'name'])
    .executeTakeFirst();
}

export type TLiveApiToken = {
  tokenId: string;
  personId: string;
  email: string;
  displayName: string;
};

/** The token behind a hash, while it is unexpired and its owner active; revoked tokens no longer exist. */
export async function findLiveApiToken(db: TExecutor, tokenHash: string): Promise<TLiveApiToken | undefined> {
  const row = await db
    .selectFrom('api_token as t')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .select(['t.id', 't.person_id', 'p.email', 'p.display_name'])
    .where('t.token_hash', '=', tokenHash)
    .where('t.expires_at', '>', sql<Date>`now()`)
    .where('p.status', '=', 'active')
    .executeTakeFirst();
  if (!row?.email) return undefined;
  return {
    tokenId: row.id,
    personId: row.person_id,
    email: row.email,
    displayName: row.display_name,
  };
}

/**
 * Notes a use of the token: its last use, and an `api-token.used` audit row, both at most once a minute
 * per token, in one statement. Requests that arrive together all try; the row's lock lets one write.
 */
export async function noteApiTokenUse(db: TExecutor, tokenId: string, audit: TAuditEntry) {
  const records = JSON.stringify([toAuditRecord({ ...audit, subjectId: tokenId })]);
  await sql`
    WITH used AS (
      UPDATE api_token SET last_used_at = now()
      WHERE id = ${tokenId} AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
      RETURNING id
    ), entry AS (
      SELECT * FROM jsonb_to_recordset(${records}::jsonb) AS x(${sql.raw(AUDIT_RECORD_COLUMNS)})
    )
    ${sql.raw(insertAuditRecords('used, entry', 'entry'))}
  `.execute(db);
}
