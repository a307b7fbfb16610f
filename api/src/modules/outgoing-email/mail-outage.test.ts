import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailCatcher } from '../../../test/mail-catcher.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { findFreePort } from '../../db/embedded-postgres.ts';
import { renderRespondentInvitation } from '../../mail/render-email.ts';
import { queueEmail } from './outgoing-email.repository.ts';

const EMAILS = 5;

describe('the mail server is away for a while', () => {
  let app: FastifyInstance;
  let port: number;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;

  beforeAll(async () => {
    port = await findFreePort();
    mail = await startMailCatcher({ port });
    app = await buildTestApp({ env: { SMTP_URL: mail.url, KOERS_QUEUE_CONCURRENCY: '2' } });
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  it('every message queued while it was down arrives once it is back', async () => {
    // It works, then stops.
    await queueOne(app, 'eerst@school.test');
    await mail.until((received) => received.length === 1);
    await mail.close();

    const ids = await app.db.transaction().execute(async (trx) => {
      const queued: string[] = [];
      for (let n = 0; n < EMAILS; n++)
        queued.push(
          await queueEmail(trx, {
            kind: 'respondent_invitation',
            personId: null,
            responseId: null,
            recipientEmail: `weg-${n}@school.test`,
            locale: 'nl',
            ...renderRespondentInvitation('nl', {
              name: `Respondent ${n}`,
              partnership: 'Samen Opleiden Zeeland',
              period: '2026-Q4',
              dueOn: '15 januari 2027',
              link: `https://koers.example.nl/respond/weg${n}`,
            }),
          }),
        );
      return queued;
    });
    // Every message has been tried and refused (nobody listens), and waits for its next attempt.
    await expect
      .poll(
        async () =>
          app.db
            .selectFrom('outgoing_email')
            .select(['status', 'attempts'])
            .where('last_error', 'is not', null)
            .where('status', '=', 'queued')
            .execute(),
        { timeout: 30_000 },
      )
      .toHaveLength(EMAILS);

    // It returns where it was.
    mail = await startMailCatcher({ port });
    const catcher = mail;
    await catcher.until(() => ids.every((id) => catcher.countsByMessageId().has(`<${id}@koers.email>`)));
    expect(catcher.mails).toHaveLength(EMAILS);
    await expect
      .poll(
        async () =>
          (await app.db.selectFrom('outgoing_email').select('status').where('status', '=', 'sent').execute()).length,
      )
      .toBe(EMAILS + 1);
  }, 90_000);
});

async function queueOne(app: FastifyInstance, to: string) {
  await app.db.transaction().execute((trx) =>
    queueEmail(trx, {
      kind: 'notice',
      personId: null,
      responseId: null,
      recipientEmail: to,
      locale: 'nl',
      subject: 'Koers: eerste bericht',
      text: 'Het eerste bericht, voordat de mailserver wegviel.',
      html: '<p>Het eerste bericht, voordat de mailserver wegviel.</p>',
    }),
  );
}
