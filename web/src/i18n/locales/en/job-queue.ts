import type { jobQueueNl } from '../nl/job-queue.ts';

/** The job queue's page under Admin, in English. */
export const jobQueueEn: typeof jobQueueNl = {
  jobQueue: {
    nav: 'Queue',
    title: 'Queue',
    intro:
      'Emails and jobs that did not succeed after every attempt. Try them again once the cause is gone, or set them aside; what happened stays on record.',
    error: 'Last error',
    actions: 'Actions',
    retry: 'Try again',
    discard: 'Set aside',
    emails: {
      title: 'Undelivered emails',
      empty: 'Every email has been delivered.',
      caption: 'Undelivered emails with recipient, kind, state and last error',
      recipient: 'To',
      kind: 'Kind',
      status: 'State',
      kinds: {
        respondent_invitation: 'Invitation',
        respondent_reminder: 'Reminder',
        open_perspectives_reminder: 'Open perspectives',
        notice: 'Notice',
        weekly_digest: 'Weekly digest',
        account_invitation: 'Invitation to Koers',
      },
      statuses: {
        failed_one: 'Failed after {{count}} attempt',
        failed_other: 'Failed after {{count}} attempts',
        bounced_one: 'Refused by the mail server',
        bounced_other: 'Refused by the mail server',
      },
    },
    jobs: {
      title: 'Failed jobs',
      empty: 'There are no failed jobs.',
      caption: 'Failed jobs with time and last error',
      task: 'Job',
      failedAt: 'Failed',
      after_one: '{{date}}, after {{count}} attempt',
      after_other: '{{date}}, after {{count}} attempts',
    },
  },
};
