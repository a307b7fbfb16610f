import type { Kysely, Transaction } from 'kysely';
import type { TQueueOverview } from '@koers/shared/job-queue';
import type { TDatabase } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { authorizePlatform } from '../auth/authorize.ts';
import * as queue from './job-queue.repository.ts';

type TChange = { action: string; subjectType: 'job' | 'email'; notFound: string };

/** What an admin sees of the job queue and does about it: failed jobs and undelivered emails, retry, discard. */
export function createJobQueueService(db: Kysely<TDatabase>) {
  /** One change, with its audit row, in one transaction; a 404 when there was nothing to change. */
  async function change(
    { actor, requestId }: TRequestContext,
    id: string,
    { action, subjectType, notFound }: TChange,
    apply: (trx: Transaction<TDatabase>) => Promise<boolean>,
  ) {
    authorizePlatform(actor, 'platform:manage');
    await db.transaction().execute(async (trx) => {
      if (!(await apply(trx))) throw new NotFoundError(notFound);
      await recordAudit(trx, { actorPersonId: actor.personId, action, subjectType, subjectId: id, requestId });
    });
  }

  return {
    async overview({ actor }: TRequestContext): Promise<TQueueOverview> {
      authorizePlatform(actor, 'platform:manage');
      const [jobs, emails] = await Promise.all([queue.failedJobs(db), queue.undeliveredEmails(db)]);
      return {
        failedJobs: jobs.map((j) => ({
          id: j.id,
          task: j.task_identifier,
          attempts: j.attempts,
          lastError: j.last_error,
          failedAt: j.updated_at.toISOString(),
        })),
        undeliveredEmails: emails.map((e) => ({
          id: e.id,
          kind: e.kind,
          recipientEmail: e.recipient_email,
          status: e.status === 'bounced' ? 'bounced' : 'failed',
          attempts: e.attempts,
          lastError: e.last_error,
          createdAt: e.created_at.toISOString(),
        })),
      };
    },

    retryJob: (context: TRequestContext, jobId: string) =>
      change(context, jobId, { action: 'queue.job-retried', subjectType: 'job', notFound: 'Failed job' }, (trx) =>
        queue.retryJob(trx, jobId),
      ),
    discardJob: (context: TRequestContext, jobId: string) =>
      change(context, jobId, { action: 'queue.job-discarded', subjectType: 'job', notFound: 'Failed job' }, (trx) =>
        queue.discardJob(trx, jobId),
      ),
    retryEmail: (context: TRequestContext, emailId: string) =>
      change(
        context,
        emailId,
        { action: 'queue.email-retried', subjectType: 'email', notFound: 'Undelivered email' },
        (trx) => queue.retryEmail(trx, emailId),
      ),
    discardEmail: (context: TRequestContext, emailId: string) =>
      change(
        context,
        emailId,
        { action: 'queue.email-discarded', subjectType: 'email', notFound: 'Undelivered email' },
        (trx) => queue.discardEmail(trx, emailId),
      ),
  };
}
