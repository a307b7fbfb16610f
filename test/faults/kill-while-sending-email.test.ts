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

const EMAILS = 40;

/**
 * SIGKILL arrives while the job queue sends invitations through a slow mail server. After a restart
 * every message arrives at least once, and none whose send had been confirmed arrives again.
 */
describe('the API process is killed while it sends email', () => {
  let databaseUrl: string;
  let port: number;
  let child: ChildProcess;
  let db: Kysely<TDatabase>;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;

  const start = async () => {
    child = startInstance(databaseUrl, port, {
      KOERS_DEMO_DATA: 'false',
      SMTP_URL: mail.url,
      KOERS_QUEUE_CONCURRENCY: '4',
    });
    await waitUntilReady(port);
  };

  beforeAll(async () => {
    mail = await startMailCatcher({ acceptAfterMs: 40 });
    databaseUrl = await createEmptyDatabase(inject('postgresUrl'), 'koers_kill_mail');
    port = await findFreePort();
    await start();
    db = openDatabase(databaseUrl);
  });

  afterAll(async () => {
    await stopInstance(child);
    await db.destroy();
    await mail.close();
  });

  it('delivers every message at least once and no confirmed one twice', async () => {
    const messageIds = await queueInvitations(db, EMAILS, 'kill');
    // Some, not all, have arrived: the rest are waiting or in the middle of their send.
    await mail.until((received) => received.length >= EMAILS / 4);
    await stopInstance(child, 'SIGKILL');
    const confirmedBeforeKill = await confirmedSends(db);
    expect(confirmedBeforeKill.length).toBeGreaterThan(0);
    expect(confirmedBeforeKill.length).toBeLessThan(EMAILS);

    await start();
    await mail.until(() => messageIds.every((id) => mail.countsByMessageId().has(id)));
    const counts = mail.countsByMessageId();
    for (const id of confirmedBeforeKill) expect(counts.get(id), id).toBe(1);
    // The rows agree: every message is marked sent once the queue is through.
    await expect.poll(async () => (await confirmedSends(db)).length, { timeout: 90_000 }).toBe(EMAILS);
  }, 180_000);
});
