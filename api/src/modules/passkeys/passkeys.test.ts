import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCurrentUser, ZSessionInfo } from '@koers/shared/auth';
import { ZPasskey } from '@koers/shared/passkeys';
import { createPerson, type TTestPerson } from '../../../test/fixtures.ts';
import { signedIn, TestClient } from '../../../test/session.ts';
import { SoftwareAuthenticator } from '../../../test/software-authenticator.ts';
import { buildTestApp } from '../../../test/test-app.ts';

type TOptions = { challenge: string; user: { id: string } };

describe('passkeys: enrolment on the account page, and sign-in without a password', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  /** A person signed in with a password, and the client that holds their session. */
  const newPerson = async (): Promise<{ person: TTestPerson; client: TestClient }> => {
    const person = await createPerson(app.db, [{ role: 'admin' }]);
    return { person, client: await signedIn(app, person.email) };
  };

  const enrol = async (client: TestClient, authenticator: SoftwareAuthenticator, name = 'Laptop werk') => {
    const options = (
      await client.inject({ method: 'POST', url: '/api/account/passkeys/registration-options' })
    ).json() as TOptions;
    return client.inject({
      method: 'POST',
      url: '/api/account/passkeys',
      payload: { name, response: authenticator.register(options) },
    });
  };

  /** Asks for sign-in options as a fresh browser would, and answers them with the authenticator. */
  const signInWith = async (authenticate: (options: TOptions) => object) => {
    const client = await new TestClient(app).start();
    const options = (await client.inject({ method: 'POST', url: '/api/auth/passkey/options' })).json() as TOptions;
    const response = authenticate(options);
    const res = await client.inject({ method: 'POST', url: '/api/auth/passkey', payload: { response } });
    return { client, res, response };
  };

  const lastSignInAudit = async (requestId: string) =>
    app.db
      .selectFrom('audit_log')
      .select(['action', 'actor_person_id', 'subject_id', 'details'])
      .where('request_id', '=', requestId)
      .executeTakeFirstOrThrow();

  it('enrols a named passkey, lists it with when it was made and last used, and audits the enrolment', async () => {
    const { person, client } = await newPerson();
    const res = await enrol(client, new SoftwareAuthenticator(), '  Telefoon  ');
    expect(res.statusCode).toBe(201);
    const passkey = ZPasskey.strict().parse(res.json());
    expect(passkey).toMatchObject({ name: 'Telefoon', lastUsedAt: null });

    const list = await client.inject({ method: 'GET', url: '/api/account/passkeys' });
    expect(list.json()).toEqual({ items: [passkey] });
    const audit = await lastSignInAudit(String(res.headers['x-request-id']));
    expect(audit).toMatchObject({ action: 'passkey.enrolled', actor_person_id: person.id, subject_id: passkey.id });
  });

  it('signs in with the passkey alone: a normal session, audited with its method', async () => {
    const { person, client } = await newPerson();
    const authenticator = new SoftwareAuthenticator();
    await enrol(client, authenticator);

    const { client: browser, res } = await signInWith((options) => authenticator.authenticate(options));
    expect(res.statusCode).toBe(200);
    expect(ZCurrentUser.parse((res.json() as { user: unknown }).user).id).toBe(person.id);
    expect(String(res.headers['set-cookie'])).toMatch(/koers_session=.*HttpOnly.*SameSite=Strict/i);
    const session = ZSessionInfo.parse((await browser.inject({ method: 'GET', url: '/api/auth/session' })).json());
    expect(session.user?.id).toBe(person.id);
    const audit = await lastSignInAudit(String(res.headers['x-request-id']));
    expect(audit).toMatchObject({ action: 'auth.login', actor_person_id: person.id, details: { method: 'passkey' } });

    const [listed] = (await client.inject({ method: 'GET', url: '/api/account/passkeys' })).json().items as {
      lastUsedAt: string | null;
    }[];
    expect(listed?.lastUsedAt).not.toBeNull();
  });

  it('refuses an answer to a challenge that was already used, and the replay is audited', async () => {
    const { client } = await newPerson();
    const authenticator = new SoftwareAuthenticator();
    await enrol(client, authenticator);
    const first = await signInWith((options) => authenticator.authenticate(options));
    expect(first.res.statusCode).toBe(200);

    const replay = await new TestClient(app).start();
    const res = await replay.inject({
      method: 'POST',
      url: '/api/auth/passkey',
      payload: { response: first.response },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: 'This passkey could not sign you in' });
    const audit = await lastSignInAudit(String(res.headers['x-request-id']));
    expect(audit).toMatchObject({
      action: 'auth.login-failed',
      details: { method: 'passkey', reason: 'challenge-unknown' },
    });
  });

  it('refuses a signature that does not check out, and uses up the challenge all the same', async () => {
    const { person, client } = await newPerson();
    const authenticator = new SoftwareAuthenticator();
    await enrol(client, authenticator);
    const { res, response } = await signInWith((options) => {
      const answer = authenticator.authenticate(options);
      const signature = Buffer.from(answer.response.signature, 'base64url');
      signature.writeUInt8(signature.readUInt8(signature.length - 1) ^ 0xff, signature.length - 1);
      return { ...answer, response: { ...answer.response, signature: signature.toString('base64url') } };
    });
    expect(res.statusCode).toBe(401);
    const audit = await lastSignInAudit(String(res.headers['x-request-id']));
    expect(audit).toMatchObject({ subject_id: person.id, details: { reason: 'verification-failed' } });

    const again = await new TestClient(app).start();
    const retried = await again.inject({ method: 'POST', url: '/api/auth/passkey', payload: { response } });
    expect((await lastSignInAudit(String(retried.headers['x-request-id']))).details).toMatchObject({
      reason: 'challenge-unknown',
    });
  });

  it('refuses an answer made on another origin (a look-alike site relaying the ceremony)', async () => {
    const { person, client } = await newPerson();
    const authenticator = new SoftwareAuthenticator();
    await enrol(client, authenticator);
    const { res } = await signInWith((options) =>
      authenticator.authenticate(options, { origin: 'https://koers-inloggen.example' }),
    );
    expect(res.statusCode).toBe(401);
    const audit = await lastSignInAudit(String(res.headers['x-request-id']));
    expect(audit).toMatchObject({ subject_id: person.id, details: { reason: 'verification-failed' } });
  });

  it('refuses a passkey whose signature counter went back (a copy of it may be in use)', async () => {
    const { client } = await newPerson();
    const authenticator = new SoftwareAuthenticator();
    await enrol(client, authenticator);
    expect((await signInWith((options) => authenticator.authenticate(options, { counter: 5 }))).res.statusCode).toBe(
      200,
    );
    // An answer with a counter behind, but no valid signature, says nothing about a copy: it is only forged.
    const forged = await signInWith((options) => {
      const answer = authenticator.authenticate(options, { counter: 2 });
      return { ...answer, response: { ...answer.response, signature: Buffer.alloc(70).toString('base64url') } };
    });
    expect((await lastSignInAudit(String(forged.res.headers['x-request-id']))).details).toMatchObject({
      reason: 'verification-failed',
    });
    const { res } = await signInWith((options) => authenticator.authenticate(options, { counter: 3 }));
    expect(res.statusCode).toBe(401);
    expect((await lastSignInAudit(String(res.headers['x-request-id']))).details).toMatchObject({
      reason: 'counter-went-back',
    });
  });

  it('refuses a passkey Koers does not know, one that was removed, and one of a disabled person', async () => {
    const { person, client } = await newPerson();
    const stranger = new SoftwareAuthenticator();
    stranger.register({ challenge: 'never-asked', user: { id: 'c29tZW9uZQ' } });
    expect((await signInWith((options) => stranger.authenticate(options))).res.statusCode).toBe(401);

    const authenticator = new SoftwareAuthenticator();
    const removed = ZPasskey.parse((await enrol(client, authenticator, 'Oude sleutel')).json());
    const kept = new SoftwareAuthenticator();
    await enrol(client, kept, 'Telefoon');
    const deleted = await client.inject({ method: 'DELETE', url: `/api/account/passkeys/${removed.id}` });
    expect(deleted.statusCode).toBe(204);
    expect((await lastSignInAudit(String(deleted.headers['x-request-id']))).action).toBe('passkey.removed');
    expect((await signInWith((options) => authenticator.authenticate(options))).res.statusCode).toBe(401);
    expect((await signInWith((options) => kept.authenticate(options))).res.statusCode).toBe(200);

    await app.db.updateTable('person').set({ status: 'disabled' }).where('id', '=', person.id).execute();
    const { res } = await signInWith((options) => kept.authenticate(options));
    expect(res.statusCode).toBe(401);
    expect((await lastSignInAudit(String(res.headers['x-request-id']))).details).toMatchObject({
      reason: 'account-not-active',
    });
  });

  it("keeps each person's passkeys their own: another's cannot be listed or removed", async () => {
    const owner = await newPerson();
    const mine = ZPasskey.parse((await enrol(owner.client, new SoftwareAuthenticator())).json());
    const other = await newPerson();
    expect((await other.client.inject({ method: 'GET', url: '/api/account/passkeys' })).json()).toEqual({ items: [] });
    const res = await other.client.inject({ method: 'DELETE', url: `/api/account/passkeys/${mine.id}` });
    expect(res.statusCode).toBe(404);
    const anonymous = await new TestClient(app).start();
    expect((await anonymous.inject({ method: 'GET', url: '/api/account/passkeys' })).statusCode).toBe(401);
    expect(
      (await anonymous.inject({ method: 'POST', url: '/api/account/passkeys/registration-options' })).statusCode,
    ).toBe(401);
  });

  it('refuses an enrolment from another origin, without user verification, or with a used challenge', async () => {
    const { client } = await newPerson();
    const options = async () =>
      (await client.inject({ method: 'POST', url: '/api/account/passkeys/registration-options' })).json() as TOptions;
    const post = (response: object) =>
      client.inject({ method: 'POST', url: '/api/account/passkeys', payload: { name: 'Sleutel', response } });
    const authenticator = new SoftwareAuthenticator();

    const elsewhere = await post(authenticator.register(await options(), { origin: 'https://koers-inloggen.example' }));
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.response' }] });
    expect((await post(authenticator.register(await options(), { userVerified: false }))).statusCode).toBe(400);

    const answer = authenticator.register(await options());
    expect((await post(answer)).statusCode).toBe(201);
    expect((await post(answer)).statusCode).toBe(400);
    expect((await client.inject({ method: 'GET', url: '/api/account/passkeys' })).json().items).toHaveLength(1);
  });

  it('throttles answers with one passkey: beyond ten an hour they wait, and the first refusal is audited', async () => {
    const { client } = await newPerson();
    const authenticator = new SoftwareAuthenticator();
    await enrol(client, authenticator);
    const forged = (options: TOptions) => {
      const answer = authenticator.authenticate(options);
      return { ...answer, response: { ...answer.response, signature: Buffer.alloc(70).toString('base64url') } };
    };
    for (let attempt = 1; attempt <= 11; attempt += 1) expect((await signInWith(forged)).res.statusCode).toBe(401);
    const { res } = await signInWith((options) => authenticator.authenticate(options));
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    const audit = await lastSignInAudit(String(res.headers['x-request-id']));
    expect(audit).toMatchObject({ action: 'auth.throttled', details: { what: 'passkey-sign-in' } });
  });
});
