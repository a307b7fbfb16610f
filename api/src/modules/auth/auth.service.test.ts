import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, TEST_PASSWORD } from '../../../test/fixtures.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { loadConfig } from '../../config.ts';
import type { TMailer, TMail } from '../../mail/mailer.ts';
import { createAuthService, type TCaller } from './auth.service.ts';
import * as passwords from './passwords.ts';

describe('the same work for known and unknown email addresses', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  let requests = 0;
  const caller = (): TCaller => ({ requestId: `request-${++requests}`, ip: `192.0.2.${requests}` });
  const config = loadConfig({ NODE_ENV: 'test' });

  /** The real Argon2 functions, counted: the service is built with its passwords module handed in. */
  function countingPasswords() {
    const calls = { hash: 0, verify: [] as (string | null)[] };
    return {
      calls,
      hashPassword: (password: string) => {
        calls.hash++;
        return passwords.hashPassword(password);
      },
      verifyPassword: (hash: string | null, password: string) => {
        calls.verify.push(hash === null ? 'decoy' : 'stored');
        return passwords.verifyPassword(hash, password);
      },
    };
  }

  /** A mail server that takes mail only when the test lets it. */
  function heldMailer() {
    const sent: TMail[] = [];
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const mailer: TMailer = {
      delivers: true,
      send: async (mail) => {
        await released;
        sent.push(mail);
      },
    };
    return { mailer, sent, release };
  }

  it('checks a password against Argon2 for an unknown, a disabled and a known account alike', async () => {
    const counting = countingPasswords();
    const service = createAuthService({
      db: app.db,
      config,
      mailer: heldMailer().mailer,
      log: app.log,
      secondFactorExemptions: new Set(),
      passwords: counting,
    });
    const known = await createPerson(app.db, []);
    const disabled = await createPerson(app.db, []);
    await app.db.updateTable('person').set({ status: 'disabled' }).where('id', '=', disabled.id).execute();

    const outcomes = await Promise.allSettled([
      service.login('nobody-at-all@test.koers.nl', 'a guess', caller()),
      service.login(disabled.email, TEST_PASSWORD, caller()),
      service.login(known.email, 'a guess', caller()),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(
      outcomes.map((o) => (o.status === 'rejected' ? (o.reason as { statusCode: number }).statusCode : 0)),
    ).toEqual([401, 401, 401]);
    // One Argon2 verification each: against a decoy hash where there is no usable one.
    expect(counting.calls.verify.sort()).toEqual(['decoy', 'decoy', 'stored']);
    expect(await service.login(known.email, TEST_PASSWORD, caller())).toMatchObject({ user: { email: known.email } });
    expect(counting.calls.verify).toHaveLength(4);
  });

  it('answers a password-reset request before anything is done for the account, known or not', async () => {
    const held = heldMailer();
    const service = createAuthService({
      db: app.db,
      config,
      mailer: held.mailer,
      log: app.log,
      secondFactorExemptions: new Set(),
    });
    const known = await createPerson(app.db, []);
    const links = () =>
      app.db.selectFrom('one_time_link').select('purpose').where('person_id', '=', known.id).execute();

    // Both return while the known address's mail cannot go out: the answer waits for nothing of theirs.
    await service.requestPasswordReset(known.email, caller());
    await service.requestPasswordReset('nobody-at-all@test.koers.nl', caller());
    expect(held.sent).toEqual([]);

    held.release();
    await service.settle();
    expect(held.sent.map((mail) => mail.to)).toEqual([known.email]);
    expect(await links()).toEqual([{ purpose: 'password_reset' }]);
  });
});
