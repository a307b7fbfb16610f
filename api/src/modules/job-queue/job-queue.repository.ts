import { sql } from 'kysely';
import type { TExecutor } from '../../db/types.ts';
import { EMAIL_MAX_ATTEMPTS } from '../outgoing-email/outgoing-email.repository.ts';

const LIST_LIMIT = 200;

type TFailedJobRow = {
  id: string;
  task_identifier: string;
  attempts: number;
  last_error: string | null;
  updated_at: Date;
};

/**
 * Jobs that used every attempt, newest first. An email's job is left out: the email itself is listed
 * (retrying it needs its row put back as well), see undeliveredEmails.
 */
export async function failedJobs(db: TExecutor) {
  const { rows } = await sql<TFailedJobRow>`
    SELECT id::text, task_identifier, attempts, last_error, updated_at
    FROM graphile_worker.jobs
    WHERE attempts >= max_attempts AND locked_at IS NULL AND task_identifier <> 'send-email'
    ORDER BY updated_at DESC
    LIMIT ${LIST_LIMIT}
  `.execute(db);
  return rows;
}

/** The failed job tried again now, from its first attempt; false when there is no such failed job. */
export async function retryJob(db: TExecutor, jobId: string): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    SELECT id::text FROM graphile_worker.reschedule_jobs(
      ARRAY(SELECT j.id FROM graphile_worker.jobs j
            WHERE j.id = ${jobId}::bigint AND j.attempts >= j.max_attempts AND j.task_identifier <> 'send-email'),
      run_at => now(), attempts => 0
    )
  `.execute(db);
  return rows.length > 0;
}

/** The failed job removed from the queue; false when there is no such failed job. */
export async function discardJob(db: TExecutor, jobId: string): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    SELECT id::text FROM graphile_worker.complete_jobs(
      ARRAY(SELECT j.id FROM graphile_worker.jobs j
            WHERE j.id = ${jobId}::bigint AND j.attempts >= j.max_attempts AND j.task_identifier <> 'send-email')
    )
  `.execute(db);
  return rows.length > 0;
}

/** Emails that failed or bounced and were not set aside, newest first. */
export async function undeliveredEmails(db: TExecutor) {
  return db
    .selectFrom('outgoing_email')
    .select(['id', 'kind', 'recipient_email', 'status', 'attempts', 'last_error', 'created_at'])
    .where('status', 'in', ['failed', 'bounced'])
    .where('discarded_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(LIST_LIMIT)
    .execute();
}

/**
 * The email queued again with a fresh set of attempts: its row back to 'queued', and its job (the key is
 * the email) replaced by one that runs now. False when it is not failed or bounced, or was set aside.
 */
export async function retryEmail(db: TExecutor, emailId: string): Promise<boolean> {
  const row = await db
    .updateTable('outgoing_email')
    .set({ status: 'queued' })
    .where('id', '=', emailId)
    .where('status', 'in', ['failed', 'bounced'])
    .where('discarded_at', 'is', null)
    .where('text_body', 'is not', null)
    .returning('id')
    .executeTakeFirst();
  if (!row) return false;
  await removeEmailJob(db, emailId);
  await sql`
    SELECT graphile_worker.add_job(
      'send-email', json_build_object('emailId', ${emailId}::text),
      max_attempts => ${EMAIL_MAX_ATTEMPTS}, job_key => ${`email:${emailId}`}
    )
  `.execute(db);
  return true;
}

/** The email set aside: kept on record, its failed job removed. False when it is not failed or bounced. */
export async function discardEmail(db: TExecutor, emailId: string): Promise<boolean> {
  const row = await db
    .updateTable('outgoing_email')
    .set({ discarded_at: sql`now()` })
    .where('id', '=', emailId)
    .where('status', 'in', ['failed', 'bounced'])
    .where('discarded_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!row) return false;
  await removeEmailJob(db, emailId);
  return true;
}

/** The email's job, spent, removed: a fresh one starts with all its attempts again. */
async function removeEmailJob(db: TExecutor, emailId: string) {
  await sql`
    SELECT graphile_worker.complete_jobs(
      ARRAY(SELECT j.id FROM graphile_worker.jobs j WHERE j.key = ${`email:${emailId}`} AND j.locked_at IS NULL)
    )
  `.execute(db);
}
