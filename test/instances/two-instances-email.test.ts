import type { ChildProcess } from 'node:child_process';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// Brings in the global setup's ProvidedContext (postgresUrl).
import type {} from '../../api/test/global-setup.ts';
import type { TDatabase } from '../../api/src/db/schema.ts';
import { findFreePort } from '../../api/src/db/embedded-postgres.ts';
import { startMailCatcher } from '../../api/test/mail-catcher.ts';
import { createEmptyDatabase, startInstance, stopInstance, waitUntilReady } from '../support/instances.ts';
import { confirmedSends, openDatabase, queueInvitations } from '../support/queued-emails.ts';

const EMAILS = 60;

describe('two API processes share one job queue', () => {
  const instances: ChildProcess[] = [];
  let db: Kysely<TDatabase>;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;

  beforeAll(async () => {
    mail = await startMailCatcher({ acceptAfterMs: 20 });
    const databaseUrl = await createEmptyDatabase(inject('postgresUrl'), 'koers_instances_mail');
    const ports = [await findFreePort(), await findFreePort()];
    // Both start at the same moment on an empty database: both install the queue's schema.
    for (const port of ports)
      instances.push(
        startInstance(databaseUrl, port, {
          KOERS_DEMO_DATA: 'false',
          SMTP_URL: mail.url,
          KOERS_QUEUE_CONCURRENCY: '3',
        }),
      );
    await Promise.all(ports.map((port) => waitUntilReady(port)));
    db = openDatabase(databaseUrl);
  });

  afterAll(async () => {
    await Promise.all(instances.map((child) => stopInstance(child)));
    await db.destroy();
    await mail.close();
  });

  it('sends each queued email exactly once', async () => {
    const messageIds = await queueInvitations(db, EMAILS, 'twice');
    await mail.until(() => messageIds.every((id) => mail.countsByMessageId().has(id)));
    await expect.poll(async () => (await confirmedSends(db)).length).toBe(EMAILS);
    const counts = mail.countsByMessageId();
    expect(messageIds.filter((id) => counts.get(id) !== 1)).toEqual([]);
    expect(mail.mails).toHaveLength(EMAILS);
  });
});
