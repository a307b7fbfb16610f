import type { Kysely } from 'kysely';
import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { TDatabase } from '../../db/schema.ts';
import type { TMailer } from '../../mail/mailer.ts';
import { lockForSend, markSent, markUnsent, recordAttempt } from './outgoing-email.repository.ts';

const ZPayload = z.object({ emailId: z.uuid() });

/** An SMTP answer in the 500s: the server refuses this message for good, so trying again cannot help. */
function isPermanentRefusal(err: unknown): boolean {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * The job `send-email`. What it guarantees: every queued message is handed to the SMTP server at least
 * once (the job is retried with backoff, and a job of a process that died is rescued, see
 * queue/worker-liveness.ts); a message marked sent is never sent again. The mark is written in the
 * transaction that holds the message's row lock for the whole send, committed right after the server
 * accepted it: only a crash in that moment between acceptance and commit sends it once more.
 */
export function createSendEmailTask(db: Kysely<TDatabase>, mailer: TMailer): Task {
  return async (payload, helpers) => {
    const { emailId } = ZPayload.parse(payload);
    // A configuration without a mail server never sends; queued mail waits for one (and retries).
    if (!mailer.delivers) throw new Error('no mail server configured (SMTP_URL)');
    if (!(await recordAttempt(db, emailId))) return; // sent, failed or bounced already, or gone
    let failure: unknown = null;
    await db.transaction().execute(async (trx) => {
      const email = await lockForSend(trx, emailId);
      if (email?.status !== 'sending' || email.text_body === null) return;
      const messageId = `<${emailId}@koers.email>`;
      try {
        await mailer.send({
          to: email.recipient_email,
          subject: email.subject,
          text: email.text_body,
          ...(email.html_body === null ? {} : { html: email.html_body }),
          messageId,
        });
      } catch (err) {
        failure = err;
        return;
      }
      await markSent(trx, emailId, messageId);
    });
    if (failure === null) return;
    const message = failure instanceof Error ? failure.message : String(failure);
    if (isPermanentRefusal(failure)) {
      await markUnsent(db, emailId, 'bounced', message);
      return;
    }
    const lastAttempt = helpers.job.attempts >= helpers.job.max_attempts;
    await markUnsent(db, emailId, lastAttempt ? 'failed' : 'queued', message);
    throw failure;
  };
}
