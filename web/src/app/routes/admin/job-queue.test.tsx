import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TQueueOverview } from '@koers/shared/job-queue';
import { ADMIN } from '../../../../test/fixtures.ts';
import { jsonResponse, mockApi, requestsTo, sessionOf } from '../../../../test/mock-api.ts';
import { renderApp } from '../../../../test/render-app.tsx';

const EMAIL_ID = '3f2a9c1e-5b7d-4e8f-a1c2-d3e4f5a6b7c8';
const QUEUE: TQueueOverview = {
  undeliveredEmails: [
    {
      id: EMAIL_ID,
      kind: 'respondent_reminder',
      recipientEmail: 'anna@delta.test',
      status: 'failed',
      attempts: 12,
      lastError: '450 mailbox busy',
      createdAt: '2026-12-06T09:00:00.000Z',
    },
  ],
  failedJobs: [
    { id: '42', task: 'time-reminders', attempts: 25, lastError: 'boom', failedAt: '2026-12-06T10:00:00.000Z' },
  ],
};

/** The queue API: a retry or discard takes the item off the list, as the real one does. */
function queueApi() {
  let queue = QUEUE;
  return mockApi({
    ...sessionOf(ADMIN),
    '/api/job-queue': () => jsonResponse(queue),
    [`/api/job-queue/undelivered-emails/${EMAIL_ID}/retry`]: () => {
      queue = { ...queue, undeliveredEmails: [] };
      return jsonResponse(queue);
    },
    '/api/job-queue/failed-jobs/42': () => {
      queue = { ...queue, failedJobs: [] };
      return jsonResponse(queue);
    },
  });
}

describe('the job queue under Beheer', () => {
  it('shows what failed with its error, retries an email and sets a job aside', async () => {
    const fetchMock = queueApi();
    const { user } = await renderApp('/admin/queue');

    expect(await screen.findByRole('heading', { level: 1, name: 'Wachtrij' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Wachtrij' })).toHaveAttribute('aria-current', 'page');
    const emails = await screen.findByRole('region', { name: 'Niet afgeleverde e-mails' });
    const emailRow = within(emails).getByRole('row', { name: /anna@delta\.test/ });
    expect(within(emailRow).getByText('Herinnering')).toBeInTheDocument();
    expect(within(emailRow).getByText('Mislukt na 12 pogingen')).toBeInTheDocument();
    expect(within(emailRow).getByText('450 mailbox busy')).toBeInTheDocument();

    await user.click(within(emailRow).getByRole('button', { name: 'Opnieuw proberen: anna@delta.test' }));
    expect(await within(emails).findByText('Alle e-mails zijn afgeleverd.')).toBeInTheDocument();
    expect(requestsTo(fetchMock, `/api/job-queue/undelivered-emails/${EMAIL_ID}/retry`).map((r) => r.method)).toEqual([
      'POST',
    ]);

    const jobs = screen.getByRole('region', { name: 'Mislukte taken' });
    expect(within(jobs).getByText('boom')).toBeInTheDocument();
    await user.click(within(jobs).getByRole('button', { name: 'Opzijleggen: time-reminders' }));
    expect(await within(jobs).findByText('Er zijn geen mislukte taken.')).toBeInTheDocument();
    await waitFor(() =>
      expect(requestsTo(fetchMock, '/api/job-queue/failed-jobs/42').map((r) => r.method)).toEqual(['DELETE']),
    );
  });
});
