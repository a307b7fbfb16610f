import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZApiError } from '@koers/shared/api-error';
import { ZSessionInfo } from '@koers/shared/auth';
import { ZAccountExport, ZInvitationResult } from '@koers/shared/people';
import { createPerson, partnershipIdByName } from '../../../test/fixtures.ts';
import { startOidcTestProvider, type TOidcTestProvider } from '../../../test/oidc-test-provider.ts';
import { signedIn, TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { hashToken } from '../auth/tokens.ts';

const PUBLIC_URL = 'http://koers.test';
const CLIENT = {
  clientId: 'koers',
  clientSecret: 'a-client-secret-of-the-test-provider',
  redirectUri: `${PUBLIC_URL}/api/auth/oidc/surf/callback`,
  postLogoutRedirectUri: `${PUBLIC_URL}/login`,
};

const ACCOUNTS = {
  // Generic claims: an address the provider has verified.
  'invited-1': { email: 'Ilse.Invited@Hogeschool.test', email_verified: true },
  // SURFconext: no verified email, but a principal name scoped by the home organisation.
  'surf-2': { eduperson_principal_name: 'sanne@hogeschool.test', schac_home_organization: 'hogeschool.test' },
  'unverified-3': { email: 'una@hogeschool.test', email_verified: false },
  'stranger-4': { email: 'stranger@elders.test', email_verified: true },
  'replay-5': { email: 'rik@hogeschool.test', email_verified: true },
  'dirk-6': { email: 'dirk@hogeschool.test', email_verified: true },
  // Subjects an admin configures beforehand: the provider vouches for no address.
  'cora-7': {},
  'olaf-8': {},
  // Verifies the address of someone whose admin configured another subject for them.
  'other-9': { email: 'olaf@hogeschool.test', email_verified: true },
};

/** Which state cookie, session cookie and provider URL one sign-in started with. */
async function startSignIn(client: TestClient) {
  const started = await client.inject({ method: 'GET', url: '/api/auth/oidc/surf' });
  expect(started.statusCode).toBe(303);
  const state = client.cookie('koers_oidc_state');
  expect(state).toBeDefined();
  return { authorizationUrl: String(started.headers.location), state: state ?? '' };
}

const callbackPath = (url: URL) => `${url.pathname}${url.search}`;

describe('signing in through an OpenID Connect provider', () => {
  let app: FastifyInstance;
  let provider: TOidcTestProvider;
  let admin: TestClient;
  let adminId: string;
  let twente: string;

  const peopleCount = async () =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM person`.execute(app.db)).rows[0]?.n);
  const signedInAs = async (client: TestClient) =>
    ZSessionInfo.parse((await client.inject({ method: 'GET', url: '/api/auth/session' })).json()).user;
  const invite = async (email: string, displayName: string) => {
    const res = await admin.inject({
      method: 'POST',
      url: '/api/people/invitations',
      payload: { email, displayName, roles: [{ role: 'programme_manager', partnershipId: twente }] },
    });
    expect(res.statusCode).toBe(201);
    return ZInvitationResult.parse(res.json()).person;
  };

  beforeAll(async () => {
    provider = await startOidcTestProvider(ACCOUNTS);
    provider.register(CLIENT);
    app = await buildTestApp({
      env: {
        KOERS_PUBLIC_URL: PUBLIC_URL,
        KOERS_OIDC_SURF_ISSUER: provider.issuer,
        KOERS_OIDC_SURF_CLIENT_ID: CLIENT.clientId,
        KOERS_OIDC_SURF_CLIENT_SECRET: CLIENT.clientSecret,
        KOERS_OIDC_SURF_LABEL: 'SURFconext',
      },
    });
    await seedDemoData(app.db);
    twente = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    const adminPerson = await createPerson(app.db, [{ role: 'admin' }]);
    adminId = adminPerson.id;
    admin = await signedIn(app, adminPerson.email);
  });

  afterAll(async () => {
    await app.close();
    await provider.stop();
  });

  it('lists the configured providers for the login page', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/oidc' });
    expect(res.json()).toEqual({ items: [{ name: 'surf', label: 'SURFconext' }] });
  });

  it('starts with PKCE, state and nonce, returning to the public callback URL', async () => {
    const { authorizationUrl, state } = await startSignIn(new TestClient(app));
    const url = new URL(authorizationUrl);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('redirect_uri')).toBe(CLIENT.redirectUri);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')).toBe(state);
    expect(url.searchParams.get('nonce')).toMatch(/.{20,}/);
  });

  it('weighs starts from one address: of 70 at once, exactly 60 start, the rest wait (a browser is told why)', async () => {
    const from = (remoteAddress: string, html = false) =>
      app.inject({
        method: 'GET',
        url: '/api/auth/oidc/surf',
        remoteAddress,
        headers: html ? { accept: 'text/html' } : {},
      });
    const answers = await Promise.all(Array.from({ length: 70 }, () => from('10.70.0.1')));
    const codes = answers.map((res) => res.statusCode);
    expect(codes.filter((code) => code === 303)).toHaveLength(60);
    expect(codes.filter((code) => code === 429)).toHaveLength(10);
    expect(answers.find((res) => res.statusCode === 429)?.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    const browser = await from('10.70.0.1', true);
    expect(browser.statusCode).toBe(303);
    expect(browser.headers.location).toBe('/login?sign-in=throttled');
    // Another address is not held up by this one.
    expect((await from('10.70.0.2')).statusCode).toBe(303);
  });

  it('binds an invited person at their first sign-in (verified email) and signs them in with the invited role', async () => {
    const person = await invite('ilse.invited@hogeschool.test', 'Ilse Invited');
    const client = new TestClient(app);
    const { authorizationUrl } = await startSignIn(client);
    const back = await provider.signIn(authorizationUrl, 'invited-1');
    const finished = await client.inject({ method: 'GET', url: callbackPath(back) });

    expect(finished.statusCode).toBe(303);
    expect(finished.headers.location).toBe('/');
    const user = await signedInAs(client);
    expect(user?.id).toBe(person.id);
    expect(user?.roles).toEqual([expect.objectContaining({ role: 'programme_manager', partnershipId: twente })]);
    const row = await app.db.selectFrom('person').select('status').where('id', '=', person.id).executeTakeFirst();
    expect(row?.status).toBe('active');
    const audit = await app.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('actor_person_id', '=', person.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['auth.sso-bound', 'auth.login']);
    expect(audit[1]?.details).toEqual({ method: 'oidc', provider: 'surf' });
  });

  it('keeps the subject as the key: a changed email address still signs the same person in', async () => {
    const person = await app.db
      .selectFrom('person')
      .select('id')
      .where('email', '=', 'ilse.invited@hogeschool.test')
      .executeTakeFirstOrThrow();
    await app.db.updateTable('person').set({ email: 'ilse@nieuw.test' }).where('id', '=', person.id).execute();
    const client = new TestClient(app);
    const back = await provider.signIn((await startSignIn(client)).authorizationUrl, 'invited-1');
    expect((await client.inject({ method: 'GET', url: callbackPath(back) })).headers.location).toBe('/');
    expect((await signedInAs(client))?.id).toBe(person.id);
  });

  it("ends the Koers session at sign-out and offers the provider's own sign-out", async () => {
    const client = new TestClient(app);
    const back = await provider.signIn((await startSignIn(client)).authorizationUrl, 'invited-1');
    await client.inject({ method: 'GET', url: callbackPath(back) });
    await client.start();
    const out = await client.inject({ method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(200);
    const logoutUrl = new URL(String((out.json() as { providerLogoutUrl: string }).providerLogoutUrl));
    expect(`${logoutUrl.origin}${logoutUrl.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(logoutUrl.searchParams.get('post_logout_redirect_uri')).toBe(CLIENT.postLogoutRedirectUri);
    expect(await signedInAs(client)).toBeNull();

    const withPassword = await signedIn(app, (await createPerson(app.db, [])).email);
    const passwordOut = await withPassword.inject({ method: 'POST', url: '/api/auth/logout' });
    expect(passwordOut.json()).toEqual({ providerLogoutUrl: null });
  });

  it("binds through SURFconext's eduperson_principal_name scoped by the home organisation", async () => {
    const person = await invite('sanne@hogeschool.test', 'Sanne Surf');
    const client = new TestClient(app);
    const back = await provider.signIn((await startSignIn(client)).authorizationUrl, 'surf-2');
    expect((await client.inject({ method: 'GET', url: callbackPath(back) })).headers.location).toBe('/');
    expect((await signedInAs(client))?.id).toBe(person.id);
  });

  it("lists the bound identity in the person's own export, and erasing the person removes it", async () => {
    const client = new TestClient(app);
    const back = await provider.signIn((await startSignIn(client)).authorizationUrl, 'surf-2');
    await client.inject({ method: 'GET', url: callbackPath(back) });
    const exported = ZAccountExport.parse((await client.inject({ method: 'GET', url: '/api/account/export' })).json());
    expect(exported.signInIdentities).toEqual([expect.objectContaining({ provider: 'surf', subject: 'surf-2' })]);

    const erased = await admin.inject({ method: 'POST', url: `/api/people/${exported.person.id}/erasure` });
    expect(erased.statusCode).toBe(200);
    const left = await app.db
      .selectFrom('sign_in_identity')
      .select('subject')
      .where('person_id', '=', exported.person.id)
      .execute();
    expect(left).toEqual([]);
    // Erased, the subject is nobody's: the provider's sign-in now finds no invitation.
    const again = new TestClient(app);
    const backAgain = await provider.signIn((await startSignIn(again)).authorizationUrl, 'surf-2');
    expect((await again.inject({ method: 'GET', url: callbackPath(backAgain) })).headers.location).toBe(
      '/login/no-access',
    );
  });

  it('keeps a disabled person out, even with a bound identity', async () => {
    const person = await invite('dirk@hogeschool.test', 'Dirk Disabled');
    await app.db
      .insertInto('sign_in_identity')
      .values({ person_id: person.id, provider: 'surf', subject: 'dirk-6' })
      .execute();
    await app.db.updateTable('person').set({ status: 'disabled' }).where('id', '=', person.id).execute();
    const client = new TestClient(app);
    const back = await provider.signIn((await startSignIn(client)).authorizationUrl, 'dirk-6');
    expect((await client.inject({ method: 'GET', url: callbackPath(back) })).headers.location).toBe('/login/no-access');
    expect(await signedInAs(client)).toBeNull();
  });

  describe('a subject an admin configures before the first sign-in', () => {
    const configure = (personId: string, payload: object) =>
      admin.inject({ method: 'POST', url: `/api/people/${personId}/sign-in-identities`, payload });
    const signInAs = async (login: string) => {
      const client = new TestClient(app);
      const back = await provider.signIn((await startSignIn(client)).authorizationUrl, login);
      const finished = await client.inject({ method: 'GET', url: callbackPath(back) });
      return { client, location: finished.headers.location };
    };

    it('binds the first sign-in that presents it, although the provider vouches for no address', async () => {
      const person = await invite('cora@hogeschool.test', 'Cora Configured');
      const configured = await configure(person.id, { provider: 'surf', subject: ' cora-7 ' });
      expect(configured.statusCode).toBe(201);
      expect(configured.json()).toMatchObject({ provider: 'surf', subject: 'cora-7', lastUsedAt: null });

      const { client, location } = await signInAs('cora-7');
      expect(location).toBe('/');
      const user = await signedInAs(client);
      expect(user?.id).toBe(person.id);
      expect(user?.roles).toEqual([expect.objectContaining({ role: 'programme_manager', partnershipId: twente })]);
      const row = await app.db.selectFrom('person').select('status').where('id', '=', person.id).executeTakeFirst();
      expect(row?.status).toBe('active');
      const audit = await app.db
        .selectFrom('audit_log')
        .select(['action', 'actor_person_id', 'details'])
        .where('subject_id', '=', person.id)
        .where('action', 'in', ['sign-in-identity.configured', 'auth.sso-bound'])
        .orderBy('id')
        .execute();
      expect(audit).toEqual([
        {
          action: 'sign-in-identity.configured',
          actor_person_id: adminId,
          details: { provider: 'surf', subject: 'cora-7' },
        },
        {
          action: 'auth.sso-bound',
          actor_person_id: person.id,
          details: { provider: 'surf', by: 'configured-subject' },
        },
      ]);
      const overview = await admin.inject({ method: 'GET', url: `/api/people/${person.id}/sign-in` });
      expect(overview.json()).toMatchObject({
        identities: [{ provider: 'surf', subject: 'cora-7', lastUsedAt: expect.any(String) }],
      });
    });

    it('lets no other subject bind to that person, not even one that verifies their address', async () => {
      const person = await invite('olaf@hogeschool.test', 'Olaf Other');
      expect((await configure(person.id, { provider: 'surf', subject: 'olaf-8' })).statusCode).toBe(201);

      const { client, location } = await signInAs('other-9');
      expect(location).toBe('/login/no-access');
      expect(await signedInAs(client)).toBeNull();
      const identities = await app.db
        .selectFrom('sign_in_identity')
        .select('subject')
        .where('person_id', '=', person.id)
        .execute();
      expect(identities).toEqual([{ subject: 'olaf-8' }]);
      const row = await app.db.selectFrom('person').select('status').where('id', '=', person.id).executeTakeFirst();
      expect(row?.status).toBe('invited');
    });

    it('refuses a subject bound to someone else, a second account at the provider, and what is no subject', async () => {
      const cora = await app.db
        .selectFrom('person')
        .select('id')
        .where('email', '=', 'cora@hogeschool.test')
        .executeTakeFirstOrThrow();
      const second = await invite('tweede@hogeschool.test', 'Tweede Persoon');

      const taken = await configure(second.id, { provider: 'surf', subject: 'cora-7' });
      expect(taken.statusCode).toBe(409);
      expect(taken.json()).toMatchObject({ code: 'CONFLICT', details: [{ path: 'body.subject' }] });
      const twice = await configure(cora.id, { provider: 'surf', subject: 'cora-nog-een' });
      expect(twice.statusCode).toBe(409);
      expect(twice.json()).toMatchObject({ code: 'CONFLICT', details: [{ path: 'body.provider' }] });

      const refusals = await Promise.all([
        configure(second.id, { provider: 'elders', subject: 'x-1' }),
        configure(second.id, { provider: 'surf', subject: 'nul\u0000teken' }),
        configure(second.id, { provider: 'surf', subject: 'x'.repeat(256) }),
        configure(second.id, { provider: 'surf', subject: '   ' }),
      ]);
      expect(refusals.map((res) => [res.statusCode, ZApiError.parse(res.json()).details?.[0]?.path])).toEqual([
        [400, 'body.provider'],
        [400, 'body.subject'],
        [400, 'body.subject'],
        [400, 'body.subject'],
      ]);
      const held = await app.db.selectFrom('sign_in_identity').select('subject').where('person_id', '=', second.id);
      expect(await held.execute()).toEqual([]);
    });

    it('can be removed again, audited with the subject it held', async () => {
      const person = await invite('rosa@hogeschool.test', 'Rosa Removed');
      expect((await configure(person.id, { provider: 'surf', subject: 'rosa-10' })).statusCode).toBe(201);
      const removed = await admin.inject({
        method: 'DELETE',
        url: `/api/people/${person.id}/sign-in-identities/surf`,
      });
      expect(removed.statusCode).toBe(204);
      const again = await admin.inject({ method: 'DELETE', url: `/api/people/${person.id}/sign-in-identities/surf` });
      expect(again.statusCode).toBe(404);
      const audit = await app.db
        .selectFrom('audit_log')
        .select('details')
        .where('subject_id', '=', person.id)
        .where('action', '=', 'sign-in-identity.removed')
        .execute();
      expect(audit).toEqual([{ details: { provider: 'surf', subject: 'rosa-10' } }]);
    });
  });

  it.each([
    ['an uninvited person', 'stranger-4'],
    ['an invited address the provider has not verified', 'unverified-3'],
  ])('shows %s the no-access page and makes no account', async (_what, login) => {
    if (login === 'unverified-3') await invite('una@hogeschool.test', 'Una Unverified');
    const before = await peopleCount();
    const client = new TestClient(app);
    const back = await provider.signIn((await startSignIn(client)).authorizationUrl, login);
    const finished = await client.inject({ method: 'GET', url: callbackPath(back) });

    expect(finished.statusCode).toBe(303);
    expect(finished.headers.location).toBe('/login/no-access');
    expect(client.cookie('koers_session')).toBeUndefined();
    expect(await signedInAs(client)).toBeNull();
    expect(await peopleCount()).toBe(before);
    const identities = await app.db
      .selectFrom('sign_in_identity')
      .select('subject')
      .where('subject', '=', login)
      .execute();
    expect(identities).toEqual([]);
  });

  describe('refuses what does not belong to a sign-in this browser started', () => {
    const expectRefused = async (client: TestClient, path: string) => {
      const res = await client.inject({ method: 'GET', url: path });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'SIGN_IN_FAILED' });
      expect(client.cookie('koers_session')).toBeUndefined();
      expect(await signedInAs(client)).toBeNull();
    };

    it('a tampered state', async () => {
      await invite('rik@hogeschool.test', 'Rik Replay');
      const client = new TestClient(app);
      const back = await provider.signIn((await startSignIn(client)).authorizationUrl, 'replay-5');
      back.searchParams.set('state', `${back.searchParams.get('state')}x`);
      await expectRefused(client, callbackPath(back));
    });

    it('sends a browser back to the login page with a notice instead of the error', async () => {
      const starter = new TestClient(app);
      const back = await provider.signIn((await startSignIn(starter)).authorizationUrl, 'replay-5');
      const browser = new TestClient(app);
      const res = await browser.inject({
        method: 'GET',
        url: callbackPath(back),
        headers: { accept: 'text/html,application/xhtml+xml' },
      });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/login?sign-in=failed');
      expect(await signedInAs(browser)).toBeNull();
    });

    it('a callback in a browser that started nothing (no state cookie)', async () => {
      const starter = new TestClient(app);
      const back = await provider.signIn((await startSignIn(starter)).authorizationUrl, 'replay-5');
      await expectRefused(new TestClient(app), callbackPath(back));
    });

    it('an ID token with another nonce than the one sent', async () => {
      const client = new TestClient(app);
      const { authorizationUrl, state } = await startSignIn(client);
      const back = await provider.signIn(authorizationUrl, 'replay-5');
      // What the ID token's nonce is checked against, as if the token had been made for another sign-in.
      await app.db
        .updateTable('oidc_sign_in_attempt')
        .set({ nonce: 'another-nonce' })
        .where('state_hash', '=', hashToken(state))
        .execute();
      await expectRefused(client, callbackPath(back));
    });

    it('a replayed code: once used, neither the same callback nor a new sign-in can use it again', async () => {
      const client = new TestClient(app);
      const { authorizationUrl, state } = await startSignIn(client);
      const back = await provider.signIn(authorizationUrl, 'replay-5');
      expect((await client.inject({ method: 'GET', url: callbackPath(back) })).headers.location).toBe('/');

      // The same callback again, with the state cookie that someone who saw it would send along.
      const replayer = new TestClient(app);
      replayer.setCookie('koers_oidc_state', state);
      await expectRefused(replayer, callbackPath(back));

      // The used code under a fresh sign-in's own state: the provider refuses it at the token endpoint.
      const fresh = new TestClient(app);
      const replayed = new URL(back);
      replayed.searchParams.set('state', (await startSignIn(fresh)).state);
      await expectRefused(fresh, callbackPath(replayed));
    });
  });
});

describe('a provider that cannot be reached', () => {
  it('answers 502 in the one error shape, not 500, and sends a browser back to the login page', async () => {
    const unreachable = await buildTestApp({
      env: {
        // Nothing listens on port 9 (discard) here: discovery fails at once.
        KOERS_OIDC_DOWN_ISSUER: 'http://127.0.0.1:9',
        KOERS_OIDC_DOWN_CLIENT_ID: 'koers',
        KOERS_OIDC_DOWN_CLIENT_SECRET: 'not-a-secret',
      },
    });
    try {
      const res = await unreachable.inject({ method: 'GET', url: '/api/auth/oidc/down' });
      expect(res.statusCode).toBe(502);
      expect(ZApiError.parse(res.json()).code).toBe('SIGN_IN_PROVIDER_UNAVAILABLE');
      // A person following the login page's link lands back on it, with a notice.
      const fromBrowser = await unreachable.inject({
        method: 'GET',
        url: '/api/auth/oidc/down',
        headers: { accept: 'text/html' },
      });
      expect(fromBrowser.headers.location).toBe('/login?sign-in=unavailable');
    } finally {
      await unreachable.close();
    }
  });

  it('reads the discovery document again at the next sign-in once the provider is back', async () => {
    // Listening, but answering 503 until it is registered: as a provider that is starting up.
    const late = await startOidcTestProvider(ACCOUNTS);
    const koers = await buildTestApp({
      env: {
        KOERS_PUBLIC_URL: PUBLIC_URL,
        KOERS_OIDC_SURF_ISSUER: late.issuer,
        KOERS_OIDC_SURF_CLIENT_ID: CLIENT.clientId,
        KOERS_OIDC_SURF_CLIENT_SECRET: CLIENT.clientSecret,
      },
    });
    try {
      expect((await koers.inject({ method: 'GET', url: '/api/auth/oidc/surf' })).statusCode).toBe(502);
      late.register(CLIENT);
      const started = await koers.inject({ method: 'GET', url: '/api/auth/oidc/surf' });
      expect(started.statusCode).toBe(303);
      expect(new URL(String(started.headers.location)).origin).toBe(late.issuer);
    } finally {
      await koers.close();
      await late.stop();
    }
  });
});
