import { sql } from 'kysely';
import type { TExecutor } from '../../db/types.ts';

export async function insertInvitation(
  db: TExecutor,
  values: { response_id: string; assessment_id: string; email: string; locale: 'nl' | 'en' },
): Promise<{ optOutToken: string }> {
  const row = await db
    .insertInto('respondent_invitation')
    .values(values)
    .returning('opt_out_token')
    .executeTakeFirstOrThrow();
  return { optOutToken: row.opt_out_token };
}

/** The assessment's invited respondents, with what their newest email came to and whether they saved. */
export async function listInvitations(db: TExecutor, assessmentId: string) {
  return db
    .selectFrom('respondent_invitation as i')
    .innerJoin('response as r', 'r.id', 'i.response_id')
    .select([
      'i.response_id',
      'r.respondent_name',
      'i.email',
      'r.perspective',
      'r.organisation_id',
      'i.locale',
      'i.invited_at',
      'i.opened_at',
      'i.completed_at',
      'i.withdrawn_at',
      'r.version',
    ])
    .select(
      sql<string | null>`(
        SELECT e.status FROM outgoing_email e WHERE e.response_id = r.id ORDER BY e.created_at DESC LIMIT 1
      )`.as('email_status'),
    )
    .where('r.assessment_id', '=', assessmentId)
    .orderBy('r.perspective')
    .orderBy('r.respondent_name')
    .execute();
}

export type TInvitationRow = Awaited<ReturnType<typeof listInvitations>>[number];

/** An invitation of this assessment, locked for a change (resend, withdraw). */
export async function lockInvitation(db: TExecutor, assessmentId: string, responseId: string) {
  return db
    .selectFrom('respondent_invitation as i')
    .innerJoin('response as r', 'r.id', 'i.response_id')
    .select(['i.response_id', 'i.email', 'i.locale', 'i.withdrawn_at', 'i.opt_out_token', 'r.respondent_name'])
    .where('r.assessment_id', '=', assessmentId)
    .where('i.response_id', '=', responseId)
    .forUpdate('i')
    .executeTakeFirst();
}

/** A new personal link: the hash of the old one is replaced, so the old link stops working. */
export async function replaceLink(db: TExecutor, responseId: string, tokenHash: string): Promise<void> {
  await db.updateTable('response').set({ link_token_hash: tokenHash }).where('id', '=', responseId).execute();
  await db
    .updateTable('respondent_invitation')
    .set({ invited_at: sql`now()` })
    .where('response_id', '=', responseId)
    .execute();
}

/**
 * The link stops working: its hash gives way to that of a token nobody was given (a response keeps a
 * link or a respondent, a constraint says). What the respondent saved stays.
 */
export async function withdraw(db: TExecutor, responseId: string, unknownTokenHash: string): Promise<void> {
  await db.updateTable('response').set({ link_token_hash: unknownTokenHash }).where('id', '=', responseId).execute();
  await db
    .updateTable('respondent_invitation')
    .set({ withdrawn_at: sql`now()` })
    .where('response_id', '=', responseId)
    .execute();
}

/** The link was used (the first time counts); false when the response was not invited by email. */
export async function markOpened(db: TExecutor, responseId: string): Promise<boolean> {
  const row = await db
    .updateTable('respondent_invitation')
    .set({ opened_at: sql`coalesce(opened_at, now())` })
    .where('response_id', '=', responseId)
    .returning('response_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The respondent says they are done; idempotent. Returns false for a response that was not invited by email. */
export async function markCompleted(db: TExecutor, responseId: string): Promise<boolean> {
  const result = await db
    .updateTable('respondent_invitation')
    .set({ completed_at: sql`coalesce(completed_at, now())`, opened_at: sql`coalesce(opened_at, now())` })
    .where('response_id', '=', responseId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function findResponseIdByLink(db: TExecutor, tokenHash: string) {
  return db.selectFrom('response').select('id').where('link_token_hash', '=', tokenHash).executeTakeFirst();
}
