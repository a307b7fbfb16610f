import { sql, type Transaction } from 'kysely';
import type { TDatabase } from '../../db/schema.ts';
import type { TEmailKind } from '../../db/schema/queue.ts';
import type { TExecutor } from '../../db/types.ts';

/** Attempts before a message counts as failed; graphile-worker waits exp(attempt) seconds between them (~4 h in all). */
export const EMAIL_MAX_ATTEMPTS = 12;

export type TNewEmail = {
  kind: TEmailKind;
  personId: string | null;
  responseId: string | null;
  recipientEmail: string;
  locale: 'nl' | 'en';
  subject: string;
  text: string;
  html: string;
};

/**
 * The outbox: the message's row and the job that sends it, in the caller's transaction, so both exist
 * exactly when the change that caused them committed. The job key is the message: queueing it again
 * (a rescue) replaces a job rather than adding one.
 */
export async function queueEmail(trx: Transaction<TDatabase>, email: TNewEmail): Promise<string> {
  const { id } = await trx
    .insertInto('outgoing_email')
    .values({
      kind: email.kind,
      person_id: email.personId,
      response_id: email.responseId,
      recipient_email: email.recipientEmail,
      locale: email.locale,
      subject: email.subject,
      text_body: email.text,
      html_body: email.html,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`
    SELECT graphile_worker.add_job(
      'send-email', json_build_object('emailId', ${id}::text),
      max_attempts => ${EMAIL_MAX_ATTEMPTS}, job_key => ${`email:${id}`}
    )
  `.execute(trx);
  return id;
}

/** Counts an attempt before the message leaves, committed on its own: it stays counted if the process dies. */
export async function recordAttempt(db: TExecutor, emailId: string) {
  return db
    .updateTable('outgoing_email')
    .set({ attempts: sql`attempts + 1`, last_attempt_at: sql`now()`, status: 'sending' })
    .where('id', '=', emailId)
    .where('status', 'in', ['queued', 'sending'])
    .returning('id')
    .executeTakeFirst();
}

/**
 * The message, locked for the length of its send. A second job for the same message waits here and then
 * finds it sent; a process that dies mid-send drops its connection and with it the lock.
 */
export async function lockForSend(trx: Transaction<TDatabase>, emailId: string) {
  return trx
    .selectFrom('outgoing_email')
    .select(['id', 'status', 'recipient_email', 'subject', 'text_body', 'html_body'])
    .where('id', '=', emailId)
    .forUpdate()
    .executeTakeFirst();
}

/** Confirmed: never sent again. The body goes, since it may hold a personal link. */
export async function markSent(trx: Transaction<TDatabase>, emailId: string, smtpMessageId: string) {
  await trx
    .updateTable('outgoing_email')
    .set({
      status: 'sent',
      sent_at: sql`now()`,
      smtp_message_id: smtpMessageId,
      last_error: null,
      text_body: null,
      html_body: null,
    })
    .where('id', '=', emailId)
    .execute();
}

/** A failed attempt: 'queued' to be tried again, or 'failed' / 'bounced' for good. */
export async function markUnsent(
  db: TExecutor,
  emailId: string,
  status: 'queued' | 'failed' | 'bounced',
  error: string,
) {
  await db
    .updateTable('outgoing_email')
    .set({ status, last_error: error.slice(0, 1000) })
    .where('id', '=', emailId)
    .where('status', '<>', 'sent')
    .execute();
}

/**
 * Emails still to send that have no job: after a restore (a backup holds Koers's tables, not the queue's)
 * or a queue schema installed afresh. Each gets its job again; returns how many.
 */
export async function requeueEmailsWithoutJob(db: TExecutor): Promise<number> {
  const { rows } = await sql<{ queued: boolean }>`
    SELECT graphile_worker.add_job(
      'send-email', json_build_object('emailId', e.id::text),
      max_attempts => ${EMAIL_MAX_ATTEMPTS}, job_key => 'email:' || e.id::text
    ) IS NOT NULL AS queued
    FROM outgoing_email e
    WHERE e.status IN ('queued', 'sending')
      AND NOT EXISTS (SELECT 1 FROM graphile_worker._private_jobs j WHERE j.key = 'email:' || e.id::text)
  `.execute(db);
  return rows.length;
}
