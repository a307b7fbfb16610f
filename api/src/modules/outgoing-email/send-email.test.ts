import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMail, startMailCatcher } from '../../../test/mail-catcher.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { renderRespondentInvitation } from '../../mail/render-email.ts';
import { queueEmail, requeueEmailsWithoutJob } from './outgoing-email.repository.ts';

describe('email through the job queue', () => {
  let app: FastifyInstance;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;

  beforeAll(async () => {
    mail = await startMailCatcher();
    app = await buildTestApp({ env: { SMTP_URL: mail.url, KOERS_QUEUE_CONCURRENCY: '1' } });
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  const invitation = (locale: 'nl' | 'en', to: string) => ({
    kind: 'respondent_invitation' as const,
    personId: null,
    responseId: null,
    recipientEmail: to,
    locale,
    ...renderRespondentInvitation(locale, {
      name: 'Sanne de Wit',
      partnership: 'Samen Opleiden Zeeland',
      period: '2026-Q4',
      dueOn: locale === 'nl' ? '15 januari 2027' : '15 January 2027',
      link: 'https://koers.example.nl/respond/abc',
    }),
  });

  it('sends what a committed transaction queued, with a plain-text and an HTML part, and records it as sent', async () => {
    const id = await app.db.transaction().execute((trx) => queueEmail(trx, invitation('en', 'sanne@school.test')));
    await mail.until((m) => m.some((x) => x.to.includes('sanne@school.test')));
    const received = await Promise.all(mail.mails.filter((m) => m.to.includes('sanne@school.test')).map(readMail));
    expect(received).toHaveLength(1);
    const [first] = received;
    expect(first).toMatchObject({
      subject: 'Your view on Samen Opleiden Zeeland: self-assessment 2026-Q4',
      messageId: `<${id}@koers.email>`,
    });
    expect(first?.text).toContain('https://koers.example.nl/respond/abc');
    expect(first?.text).toContain('Please fill it in before 15 January 2027.');
    expect(first?.html).toContain('href="https://koers.example.nl/respond/abc"');
    expect(first?.html).toContain('<html lang="en">');

    // The mark is committed just after the server's acceptance: wait for the row, not for time.
    const row = await waitForRow(app, id, (r) => r.status === 'sent');
    expect(row).toMatchObject({ status: 'sent', attempts: 1, text_body: null, html_body: null });
    expect(row.smtp_message_id).toBe(`<${id}@koers.email>`);
  });

  it('sends nothing that a rolled-back transaction queued', async () => {
    await expect(
      app.db.transaction().execute(async (trx) => {
        await queueEmail(trx, invitation('nl', 'nooit@school.test'));
        throw new Error('the change that caused it failed');
      }),
    ).rejects.toThrow('the change that caused it failed');
    // A later message, queued after it, arrives; the rolled-back one never does.
    const id = await app.db.transaction().execute((trx) => queueEmail(trx, invitation('nl', 'later@school.test')));
    await waitForRow(app, id, (r) => r.status === 'sent');
    expect(mail.mails.filter((m) => m.to.includes('nooit@school.test'))).toEqual([]);
    const rows = await app.db.selectFrom('outgoing_email').select('recipient_email').execute();
    expect(rows.map((r) => r.recipient_email)).not.toContain('nooit@school.test');
  });

  it('gives an email to send that has no job (a restored backup) its job again, once', async () => {
    const { id } = await app.db
      .insertInto('outgoing_email')
      .values({
        kind: 'notice',
        person_id: null,
        response_id: null,
        recipient_email: 'hersteld@school.test',
        locale: 'nl',
        subject: 'Koers: uit een teruggezette back-up',
        text_body: 'Nog te versturen toen de back-up werd gemaakt.',
        html_body: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await requeueEmailsWithoutJob(app.db)).toBe(1);
    await waitForRow(app, id, (r) => r.status === 'sent');
    expect(await requeueEmailsWithoutJob(app.db)).toBe(0);
    expect(mail.mails.filter((m) => m.to.includes('hersteld@school.test'))).toHaveLength(1);
  });
});

type TRow = {
  status: string;
  attempts: number;
  text_body: string | null;
  html_body: string | null;
  smtp_message_id: string | null;
};

/** The message's row once `reached` holds (read again until it does; the test's own timeout bounds it). */
async function waitForRow(app: FastifyInstance, id: string, reached: (row: TRow) => boolean): Promise<TRow> {
  for (;;) {
    const row = await app.db
      .selectFrom('outgoing_email')
      .select(['status', 'attempts', 'text_body', 'html_body', 'smtp_message_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (reached(row)) return row;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
