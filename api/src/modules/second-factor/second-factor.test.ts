import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZSignedIn } from '@koers/shared/auth';
import { RECOVERY_CODE_COUNT } from '@koers/shared/second-factor';
import { loadConfig } from '../../config.ts';
import { createPerson, type TTestPerson } from '../../../test/fixtures.ts';
import { TestClient, totpCodeOf } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { SESSION_COOKIE } from '../../plugins/auth.ts';
import { SECOND_FACTOR_LIMITS } from '../auth/attempt-throttle.ts';
import { TEST_SECRET_KEY } from '../../../test/test-secret-key.ts';
import { secondFactorExemptions } from './second-factor-rule.ts';
import { sealPlainSecrets } from './second-factor.repository.ts';
import { createSecretBox, SEALED_PREFIX } from './secret-box.ts';

describe('a second factor (TOTP) for password sign-in', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  let addresses = 0;
  /** A documentation address (RFC 5737) per test, so tests do not count against each other's limits. */
  const newAddress = () => `203.0.113.${++addresses}`;

  const newManager = () => createPerson(app.db, []);
  const newAdmin = () => createPerson(app.db, [{ role: 'admin' }]);
  /** The code an authenticator app shows one step (30 s) from now: still inside the accepted window. */
  const nextCode = (secret: string) =>
    TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + 30_000 });

  /** Signs in with the password only, as a browser would, leaving the second step to the test. */
  const passwordOnly = async (person: TTestPerson, remoteAddress = newAddress()) => {
    const client = await new TestClient(app).start();
    const res = await client.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: person.email, password: 'correct horse battery staple' },
      remoteAddress,
    });
    return { client, res };
  };
  const secondStep = (client: TestClient, code: string, remoteAddress = newAddress()) =>
    client.inject({ method: 'POST', url: '/api/auth/login/second-factor', payload: { code }, remoteAddress });

  /** Enrols an authenticator app for a signed-in client; the secret and the recovery codes it was shown. */
  const enrol = async (client: TestClient) => {
    const started = await client.inject({ method: 'POST', url: '/api/account/second-factor/enrolment' });
    expect(started.statusCode).toBe(200);
    const { secret, otpauthUri, qrCode } = started.json() as { secret: string; otpauthUri: string; qrCode: string };
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Koers:.+\?.*secret=[A-Z2-7]+/);
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const confirmationCode = totpCodeOf(secret);
    const confirmed = await client.inject({
      method: 'POST',
      url: '/api/account/second-factor/enrolment/confirmation',
      payload: { code: confirmationCode },
    });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
    return { secret, confirmationCode, recoveryCodes };
  };
  const enrolled = async (person: TTestPerson) => {
    const client = await new TestClient(app).start();
    expect((await client.signIn(person.email, undefined, { secondFactor: 'as-is' })).statusCode).toBe(200);
    return enrol(client);
  };

  const status = async (client: TestClient) =>
    (await client.inject({ method: 'GET', url: '/api/account/second-factor' })).json() as {
      enrolled: boolean;
      recoveryCodesLeft: number;
      required: boolean;
    };
  const codeOf = (res: LightMyRequestResponse) => (res.json() as { code: string }).code;

  it('enrols only once a code from the app confirms it, and never shows the secret again', async () => {
    const person = await newManager();
    const client = await new TestClient(app).start();
    await client.signIn(person.email);
    const started = await client.inject({ method: 'POST', url: '/api/account/second-factor/enrolment' });
    const { secret } = started.json() as { secret: string };
    expect(await status(client)).toEqual({ enrolled: false, recoveryCodesLeft: 0, required: false });

    const wrong = await client.inject({
      method: 'POST',
      url: '/api/account/second-factor/enrolment/confirmation',
      payload: { code: String((Number(totpCodeOf(secret)) + 1) % 1_000_000).padStart(6, '0') },
    });
    expect(wrong.statusCode).toBe(400);
    expect(await status(client)).toMatchObject({ enrolled: false });

    const confirmed = await client.inject({
      method: 'POST',
      url: '/api/account/second-factor/enrolment/confirmation',
      payload: { code: totpCodeOf(secret) },
    });
    const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(recoveryCodes).size).toBe(RECOVERY_CODE_COUNT);
    expect(await status(client)).toEqual({ enrolled: true, recoveryCodesLeft: RECOVERY_CODE_COUNT, required: false });

    // Enrolling again while one is in place is refused, so nobody with a stolen session swaps the app.
    const again = await client.inject({ method: 'POST', url: '/api/account/second-factor/enrolment' });
    expect(again.statusCode).toBe(409);
    // Recovery codes are kept as hashes only; the export tells that there is a factor, not its secret.
    const stored = await app.db
      .selectFrom('recovery_code')
      .select('code_hash')
      .where('person_id', '=', person.id)
      .execute();
    expect(stored.map((r) => r.code_hash)).not.toContain(recoveryCodes[0]);
    const exported = await client.inject({ method: 'GET', url: '/api/account/export' });
    expect(exported.body).not.toContain(secret);
    expect(exported.json()).toMatchObject({ secondFactor: { recoveryCodesLeft: RECOVERY_CODE_COUNT } });
  });

  it('keeps the secret sealed in the database, and seals one stored in plain text before', async () => {
    const person = await newManager();
    const { secret } = await enrolled(person);
    const stored = () =>
      app.db.selectFrom('totp_factor').select('secret').where('person_id', '=', person.id).executeTakeFirstOrThrow();
    const sealed = (await stored()).secret;
    expect(sealed.startsWith(SEALED_PREFIX)).toBe(true);
    expect(sealed).not.toContain(secret);

    // As a factor enrolled before sealing was kept: the secret itself. Sealed at the next start.
    await app.db.updateTable('totp_factor').set({ secret }).where('person_id', '=', person.id).execute();
    const box = createSecretBox(Buffer.from(TEST_SECRET_KEY, 'base64'));
    expect(await sealPlainSecrets(app.db, box)).toBe(1);
    expect(await sealPlainSecrets(app.db, box)).toBe(0);
    const resealed = (await stored()).secret;
    expect([resealed.startsWith(SEALED_PREFIX), resealed.includes(secret), box.open(resealed, person.id)]).toEqual([
      true,
      false,
      secret,
    ]);
    const { client } = await passwordOnly(person);
    expect((await secondStep(client, nextCode(secret))).statusCode).toBe(200);
  });

  it('asks for the code after the password: no session until it is given, then a new one', async () => {
    const person = await newManager();
    const { secret } = await enrolled(person);

    const { client, res } = await passwordOnly(person);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ secondStep: 'totp' });
    expect(client.cookie(SESSION_COOKIE)).toBeUndefined();
    // The pending sign-in opens nothing, not even when its token is sent as a session cookie.
    client.setCookie(SESSION_COOKIE, client.cookie('koers_second_step') ?? '');
    expect((await client.inject({ method: 'GET', url: '/api/account/second-factor' })).statusCode).toBe(401);

    const done = await secondStep(client, nextCode(secret));
    expect(done.statusCode).toBe(200);
    expect(ZSignedIn.parse(done.json()).user.email).toBe(person.email);
    expect(client.cookie('koers_second_step')).toBeUndefined();
    client.csrfToken = (done.json() as { csrfToken: string }).csrfToken;
    expect(await status(client)).toMatchObject({ enrolled: true });

    const logins = await app.db
      .selectFrom('audit_log')
      .select('details')
      .where('actor_person_id', '=', person.id)
      .where('action', '=', 'auth.login')
      .orderBy('id')
      .execute();
    expect(logins.at(-1)?.details).toEqual({ method: 'password', secondFactor: 'totp' });
  });

  it('refuses a wrong code, and the same code twice (replay), with 401', async () => {
    const person = await newManager();
    const { secret, confirmationCode } = await enrolled(person);
    const { client } = await passwordOnly(person);
    expect((await secondStep(client, '000000')).statusCode).toBe(401);
    // The enrolment's confirmation used this code: while it is still valid it does not work again.
    const replayed = await secondStep(client, confirmationCode);
    expect(replayed.statusCode).toBe(401);
    expect(await secondStep(client, nextCode(secret))).toMatchObject({ statusCode: 200 });

    const other = await passwordOnly(person);
    expect((await secondStep(other.client, nextCode(secret))).statusCode).toBe(401);
    const failures = await app.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', person.id)
      .where('action', '=', 'auth.second-factor-failed')
      .execute();
    expect(failures).toHaveLength(3);
  });

  it('takes each recovery code once', async () => {
    const person = await newManager();
    const { recoveryCodes } = await enrolled(person);
    const [code = ''] = recoveryCodes;

    const first = await passwordOnly(person);
    expect((await secondStep(first.client, code.toUpperCase())).statusCode).toBe(200);
    const again = await passwordOnly(person);
    expect((await secondStep(again.client, code)).statusCode).toBe(401);
    first.client.csrfToken = '';
    await first.client.start();
    expect(await status(first.client)).toMatchObject({ recoveryCodesLeft: RECOVERY_CODE_COUNT - 1 });
  });

  it('weighs exactly five of twenty codes sent at once for one sign-in, refusing the rest with 429', async () => {
    const person = await newManager();
    const { secret } = await enrolled(person);
    const { client } = await passwordOnly(person);
    const address = newAddress();
    const answers = await Promise.all(Array.from({ length: 20 }, () => secondStep(client, '000000', address)));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(SECOND_FACTOR_LIMITS.account.attempts);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - SECOND_FACTOR_LIMITS.account.attempts);
    // Even the right code waits now, from any address: the limit is the account's.
    const right = await secondStep(client, nextCode(secret), newAddress());
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    const throttled = await app.db
      .selectFrom('audit_log')
      .select('details')
      .where('subject_id', '=', person.id)
      .where('action', '=', 'auth.throttled')
      .execute();
    expect(throttled).toMatchObject([{ details: { what: 'second-factor' } }]);
  });

  it('keeps an admin who signed in with a password out of admin work until they enrol', async () => {
    const admin = await newAdmin();
    const client = await new TestClient(app).start();
    const res = await client.signIn(admin.email, undefined, { secondFactor: 'as-is' });
    expect(res.statusCode).toBe(200);
    expect(ZSignedIn.parse(res.json()).user).toMatchObject({ secondFactorRequired: true, access: { isAdmin: false } });

    const people = await client.inject({ method: 'GET', url: '/api/people' });
    expect(people.statusCode).toBe(403);
    expect(codeOf(people)).toBe('SECOND_FACTOR_REQUIRED');
    expect(codeOf(await client.inject({ method: 'GET', url: '/api/audit-log' }))).toBe('SECOND_FACTOR_REQUIRED');
    expect(await status(client)).toMatchObject({ required: true, enrolled: false });

    const { secret } = await enrol(client);
    // The same session, now with a second factor behind the account.
    expect((await client.inject({ method: 'GET', url: '/api/people' })).statusCode).toBe(200);
    const session = (await client.inject({ method: 'GET', url: '/api/auth/session' })).json() as {
      user: { secondFactorRequired: boolean; access: { isAdmin: boolean } };
    };
    expect(session.user).toMatchObject({ secondFactorRequired: false, access: { isAdmin: true } });

    // From now on the password alone opens nothing.
    const { client: later, res: answer } = await passwordOnly(admin);
    expect(answer.statusCode).toBe(202);
    expect((await secondStep(later, nextCode(secret))).statusCode).toBe(200);
  });

  it('lets a person replace their recovery codes and switch the factor off, each with a current code', async () => {
    const person = await newManager();
    const client = await new TestClient(app).start();
    await client.signIn(person.email);
    const { secret, recoveryCodes } = await enrol(client);

    const noCode = await client.inject({
      method: 'POST',
      url: '/api/account/second-factor/recovery-codes',
      payload: { code: 'aaaa-bbbb-cccc-dddd' },
    });
    expect(noCode.statusCode).toBe(400);
    const replaced = await client.inject({
      method: 'POST',
      url: '/api/account/second-factor/recovery-codes',
      payload: { code: recoveryCodes[0] },
    });
    const fresh = (replaced.json() as { recoveryCodes: string[] }).recoveryCodes;
    expect(fresh).toHaveLength(RECOVERY_CODE_COUNT);
    expect(fresh).not.toContain(recoveryCodes[1]);

    const off = await client.inject({
      method: 'DELETE',
      url: '/api/account/second-factor',
      payload: { code: nextCode(secret) },
    });
    expect(off.statusCode).toBe(204);
    expect(await status(client)).toEqual({ enrolled: false, recoveryCodesLeft: 0, required: false });
    expect((await passwordOnly(person)).res.statusCode).toBe(200);
    const actions = await app.db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_person_id', '=', person.id)
      .where('action', 'like', 'second-factor.%')
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'second-factor.enrolled',
      'second-factor.recovery-codes-replaced',
      'second-factor.disabled',
    ]);
  });

  it('refuses the second step without a pending sign-in', async () => {
    const client = await new TestClient(app).start();
    expect((await secondStep(client, '123456')).statusCode).toBe(401);
  });

  it('exempts only the demo accounts, whose password the login page shows, and only while demo data is on', () => {
    const demo = loadConfig({
      NODE_ENV: 'production',
      KOERS_DEMO_DATA: 'true',
      DATABASE_URL: 'postgres://x/y',
      KOERS_SECRET_KEY: TEST_SECRET_KEY,
    });
    const noDemo = loadConfig({ NODE_ENV: 'development', KOERS_DEMO_DATA: 'false' });
    expect(secondFactorExemptions(demo).has('admin@demo.koers.nl')).toBe(true);
    expect(secondFactorExemptions(demo).has('someone@school.example')).toBe(false);
    expect(secondFactorExemptions(noDemo).size).toBe(0);
  });
});
