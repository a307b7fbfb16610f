import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ZQueueOverview } from '@koers/shared/job-queue';
import { createPerson } from '../../../test/fixtures.ts';
import { readMail, startMailCatcher } from '../../../test/mail-catcher.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';

describe('the job queue’s page for admins: failed jobs and undelivered emails', () => {
  let app: FastifyInstance;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;
  let admin: TestClient;

  beforeAll(async () => {
    mail = await startMailCatcher();
    app = await buildTestApp({ env: { SMTP_URL: mail.url, KOERS_QUEUE_CONCURRENCY: '2' } });
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  const overview = async () =>
    ZQueueOverview.parse((await admin.inject({ method: 'GET', url: '/api/job-queue' })).json());
  /** An email that used every attempt, as send-email leaves one: its row failed, its body kept. */
  const failedEmail = async (to: string, status: 'failed' | 'bounced') => {
    const { id } = await app.db
      .insertInto('outgoing_email')
      .values({
        kind: 'notice',
        person_id: null,
        response_id: null,
        recipient_email: to,
        locale: 'nl',
        subject: `Bericht aan ${to}`,
        text_body: 'Tekst',
        html_body: '<p>Tekst</p>',
        status,
        attempts: 12,
        last_error: '450 mailbox busy',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  };
  /** A scheduled job that used its one attempt, as the queue keeps it. */
  const failedJob = async () => {
    const { rows } = await sql<{ id: string }>`
      SELECT (graphile_worker.add_job('time-reminders', run_at => now() + interval '1 day', max_attempts => 1)).id::text AS id
    `.execute(app.db);
    const id = rows[0]?.id ?? '';
    await sql`UPDATE graphile_worker._private_jobs SET attempts = 1, last_error = 'boom' WHERE id = ${id}::bigint`.execute(
      app.db,
    );
    return id;
  };
  const jobExists = async (id: string) =>
    (await sql`SELECT 1 FROM graphile_worker.jobs WHERE id = ${id}::bigint`.execute(app.db)).rows.length > 0;

  it('lists a failed email with its error, and sends it again on retry', async () => {
    const emailId = await failedEmail('terug@school.test', 'failed');
    const listed = (await overview()).undeliveredEmails.find((e) => e.id === emailId);
    expect(listed).toMatchObject({
      recipientEmail: 'terug@school.test',
      status: 'failed',
      lastError: '450 mailbox busy',
    });

    const res = await admin.inject({ method: 'POST', url: `/api/job-queue/undelivered-emails/${emailId}/retry` });
    expect(res.statusCode, res.body).toBe(200);
    expect(ZQueueOverview.parse(res.json()).undeliveredEmails.map((e) => e.id)).not.toContain(emailId);
    await mail.until((m) => m.some((x) => x.to.includes('terug@school.test')));
    const [arrived] = mail.mails.filter((x) => x.to.includes('terug@school.test'));
    expect(arrived && (await readMail(arrived)).subject).toBe('Bericht aan terug@school.test');
    // Sent now: not again, and nothing left to retry.
    const again = await admin.inject({ method: 'POST', url: `/api/job-queue/undelivered-emails/${emailId}/retry` });
    expect(again.statusCode).toBe(404);
  });

  it('sets a bounced email aside: kept on record, off the list', async () => {
    const emailId = await failedEmail('weg@school.test', 'bounced');
    const res = await admin.inject({ method: 'DELETE', url: `/api/job-queue/undelivered-emails/${emailId}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(ZQueueOverview.parse(res.json()).undeliveredEmails.map((e) => e.id)).not.toContain(emailId);
    const kept = await app.db.selectFrom('outgoing_email').select('status').where('id', '=', emailId).execute();
    expect(kept).toEqual([{ status: 'bounced' }]);
  });

  it('lists a failed job with its error; retry runs it, discard removes it; both audited', async () => {
    const toRetry = await failedJob();
    const toDiscard = await failedJob();
    const jobs = (await overview()).failedJobs;
    expect(jobs.find((j) => j.id === toRetry)).toMatchObject({
      task: 'time-reminders',
      attempts: 1,
      lastError: 'boom',
    });

    const retried = await admin.inject({ method: 'POST', url: `/api/job-queue/failed-jobs/${toRetry}/retry` });
    expect(retried.statusCode, retried.body).toBe(200);
    expect(ZQueueOverview.parse(retried.json()).failedJobs.map((j) => j.id)).not.toContain(toRetry);
    // It runs (time-reminders succeeds), and a job that succeeded leaves the queue.
    await vi.waitFor(async () => expect(await jobExists(toRetry)).toBe(false), { timeout: 15_000, interval: 100 });

    const discarded = await admin.inject({ method: 'DELETE', url: `/api/job-queue/failed-jobs/${toDiscard}` });
    expect(discarded.statusCode, discarded.body).toBe(200);
    expect(await jobExists(toDiscard)).toBe(false);
    expect((await admin.inject({ method: 'DELETE', url: `/api/job-queue/failed-jobs/${toDiscard}` })).statusCode).toBe(
      404,
    );

    const audited = await app.db
      .selectFrom('audit_log')
      .select(['action', 'subject_id'])
      .where('action', 'like', 'queue.%')
      .orderBy('id')
      .execute();
    expect(audited.map((a) => a.action)).toEqual([
      'queue.email-retried',
      'queue.email-discarded',
      'queue.job-retried',
      'queue.job-discarded',
    ]);
  });
});
