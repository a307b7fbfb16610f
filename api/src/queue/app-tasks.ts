import type { FastifyBaseLogger } from 'fastify';
import type { TaskList } from 'graphile-worker';
import type { Kysely } from 'kysely';
import type { TConfig } from '../config.ts';
import type { TDatabase } from '../db/schema.ts';
import type { TMailer } from '../mail/mailer.ts';
import { renderDashboardSnapshots } from '../modules/dashboards/dashboard-snapshots.ts';
import { insertOverdueFlags } from '../modules/flags/flags.repository.ts';
import { queueNoticeEmails, raiseTimeReminders } from '../modules/notices/notices.service.ts';
import { requeueEmailsWithoutJob } from '../modules/outgoing-email/outgoing-email.repository.ts';
import { createSendEmailTask } from '../modules/outgoing-email/send-email.ts';
import { sendReminders } from '../modules/reminders/send-reminders.ts';
import { isDigestMorning, sendWeeklyDigests } from '../modules/weekly-digest/send-weekly-digests.ts';

export type TAppTasks = {
  taskList: TaskList;
  /** graphile-worker's crontab: each tick runs once across all instances. */
  crontab: string;
  /** Tasks queued when an instance starts (one pending job each, however many instances start), in their own queue. */
  atStart: readonly string[];
};

/**
 * The work Koers does on its job queue: sending email, and what time brings. Notices reach the queue
 * within a minute of the change that caused them; due dates are looked at every hour and at start; the
 * weekly digest goes out on Monday morning; dashboards changed are rendered again every minute and at start.
 */
export function createAppTasks(
  db: Kysely<TDatabase>,
  mailer: TMailer,
  config: Pick<TConfig, 'publicUrl'>,
  log: FastifyBaseLogger,
): TAppTasks {
  const emailNotices = async () => {
    if (!mailer.delivers) return;
    const queued = await queueNoticeEmails(db, config);
    if (queued > 0) log.info({ queued }, 'notice emails queued');
  };
  return {
    taskList: {
      'send-email': createSendEmailTask(db, mailer),
      'queue-notice-emails': emailNotices,
      'requeue-emails-without-job': async () => {
        const requeued = await requeueEmailsWithoutJob(db);
        if (requeued > 0) log.warn({ requeued }, 'emails without a job (a restored backup?) queued again');
      },
      'time-reminders': async () => {
        const raised = await insertOverdueFlags(db);
        if (raised > 0) log.info({ raised }, 'overdue flags raised');
        await raiseTimeReminders(db);
        await emailNotices();
      },
      'respondent-reminders': async () => {
        // Without a mail server nothing is claimed: reminders wait for one rather than being lost.
        if (!mailer.delivers) return;
        const queued = await sendReminders({ db, config });
        if (queued > 0) log.info({ queued }, 'reminder emails queued');
      },
      'render-dashboards': async (_payload, helpers) => {
        const rendered = await renderDashboardSnapshots(db, helpers.abortSignal);
        if (rendered > 0) log.info({ rendered }, 'dashboards rendered');
      },
      'weekly-digests': async () => {
        // Every hour on Mondays (the crontab's clock need not be Dutch): from 07:00 in the Netherlands
        // the week's digests go out, each once; a later hour or a restart finds them claimed.
        if (!mailer.delivers || !isDigestMorning(new Date())) return;
        const queued = await sendWeeklyDigests({ db, config });
        if (queued > 0) log.info({ queued }, 'weekly digests queued');
      },
    },
    // Each task in a queue of its own name: a tick that comes while the task still runs waits for it.
    crontab: [
      '* * * * * queue-notice-emails ?max=1&queue=queue-notice-emails',
      '* * * * * render-dashboards ?max=1&queue=render-dashboards&jobKey=render-dashboards',
      '0 * * * * time-reminders ?max=1&queue=time-reminders',
      '15 * * * * respondent-reminders ?max=1&queue=respondent-reminders',
      '30 * * * 1 weekly-digests ?max=1&queue=weekly-digests',
    ].join('\n'),
    atStart: [
      'requeue-emails-without-job',
      'time-reminders',
      'respondent-reminders',
      'weekly-digests',
      'render-dashboards',
    ],
  };
}
