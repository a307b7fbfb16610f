import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCurrentUser, ZSessionInfo } from '@koers/shared/auth';
import { createPerson, partnershipIdByName } from '../../../test/fixtures.ts';
import { signedIn, TestClient } from '../../../test/session.ts';
import { buildTestApp, createTestDatabase } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { SESSION_COOKIE } from '../../plugins/auth.ts';
import { PRE_SESSION_COOKIE } from '../../plugins/csrf.ts';

describe('signing in and out', () => {
  let app: FastifyInstance;
  let connectionString: string;
  let partnershipId: string;
  beforeAll(async () => {
    connectionString = await createTestDatabase();
    app = await buildTestApp({ connectionString });
    await seedDemoData(app.db);
    partnershipId = await partnershipIdByName(app.db, 'Opleidingsschool Rijnmond');
  });
  afterAll(() => app.close());

  const newManager = () => createPerson(app.db, [{ role: 'programme_manager', partnershipId }]);
  const newAdmin = () => createPerson(app.db, [{ role: 'admin' }]);
  const partnerships = (client: TestClient) => client.inject({ method: 'GET', url: '/api/partnerships' });

  it('signs in with email and password, setting an HttpOnly SameSite cookie, and says who is signed in', async () => {
    const person = await newManager();
    const client = await new TestClient(app).start();
    const res = await client.signIn(person.email.toUpperCase());
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(new RegExp(`${SESSION_COOKIE}=`));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);

    const session = (await client.inject({ method: 'GET', url: '/api/auth/session' })).json() as { user: unknown };
    const user = ZCurrentUser.strict().parse(session.user);
    expect(user.email).toBe(person.email);
    expect(user.access.programmeManagerOf).toEqual([partnershipId]);
    expect(JSON.stringify(session)).not.toMatch(/password|hash/i);
  });

  it('stores only a hash of the session token', async () => {
    const person = await newManager();
    const client = await signedIn(app, person.email);
    const stored = await app.db.selectFrom('session').select('token_hash').where('person_id', '=', person.id).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).not.toBe(client.cookie(SESSION_COOKIE));
  });

  it('refuses a wrong password with one message that does not reveal whether the account exists', async () => {
    const person = await newManager();
    const wrong = await (await new TestClient(app).start()).signIn(person.email, 'not the password');
    const unknown = await (await new TestClient(app).start()).signIn('nobody@test.koers.nl', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect((wrong.json() as { message: string }).message).toBe((unknown.json() as { message: string }).message);
  });

  it('accepts long passphrases', async () => {
    const long = 'een lange wachtzin met spaties en leestekens, ruim boven de vierenzestig tekens lang!';
    expect(long.length).toBeGreaterThan(64);
    const person = await newManager();
    const { hashPassword } = await import('./passwords.ts');
    await app.db
      .updateTable('person')
      .set({ password_hash: await hashPassword(long) })
      .where('id', '=', person.id)
      .execute();
    expect((await (await new TestClient(app).start()).signIn(person.email, long)).statusCode).toBe(200);
  });

  it('ends the session on the server at logout: the old cookie gets 401', async () => {
    const person = await newManager();
    const client = await signedIn(app, person.email);
    const oldCookie = client.cookie(SESSION_COOKIE) ?? '';
    expect((await client.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    const replay = await app.inject({
      method: 'GET',
      url: '/api/partnerships',
      headers: { cookie: `${SESSION_COOKIE}=${oldCookie}` },
    });
    expect(replay.statusCode).toBe(401);
  });

  it('looks up sessions of requests that arrive together in one query, each request getting its own', async () => {
    const people = [await newManager(), await newManager(), await newManager()];
    const clients = await Promise.all(people.map((person) => signedIn(app, person.email)));
    const ended = await signedIn(app, (await newManager()).email);
    const endedCookie = ended.cookie(SESSION_COOKIE) ?? '';
    await ended.inject({ method: 'POST', url: '/api/auth/logout' });

    let queries = 0;
    const countQuery = () => void queries++;
    app.pg.pool.on('acquire', countQuery);
    const who = async (request: Promise<{ json: () => unknown }>) =>
      ZSessionInfo.parse((await request).json()).user?.email ?? null;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i % 4 === 3
          ? who(
              app.inject({
                method: 'GET',
                url: '/api/auth/session',
                headers: { cookie: `${SESSION_COOKIE}=${endedCookie}` },
              }),
            )
          : who(
              clients[i % 4]?.inject({ method: 'GET', url: '/api/auth/session' }) ??
                Promise.reject(new Error('no client')),
            ),
      ),
    );
    app.pg.pool.off('acquire', countQuery);
    expect(answers).toEqual(Array.from({ length: 30 }, (_, i) => (i % 4 === 3 ? null : people[i % 4]?.email)));
    // One lookup for the lot, where one per request would be 30.
    expect(queries).toBeLessThan(5);
  });

  it('ends the session after the idle timeout and after the absolute timeout', async () => {
    const idle = await newManager();
    const idleClient = await signedIn(app, idle.email);
    expect((await partnerships(idleClient)).statusCode).toBe(200);
    await app.db
      .updateTable('session')
      .set({ last_seen_at: sql<Date>`now() - interval '31 minutes'` })
      .where('person_id', '=', idle.id)
      .execute();
    expect((await partnerships(idleClient)).statusCode).toBe(401);

    const absolute = await newManager();
    const absoluteClient = await signedIn(app, absolute.email);
    await app.db
      .updateTable('session')
      .set({ expires_at: sql<Date>`now() - interval '1 second'` })
      .where('person_id', '=', absolute.id)
      .execute();
    expect((await partnerships(absoluteClient)).statusCode).toBe(401);
  });

  it('keeps an active session alive: activity moves the idle deadline', async () => {
    const person = await newManager();
    const client = await signedIn(app, person.email);
    await app.db
      .updateTable('session')
      .set({ last_seen_at: sql<Date>`now() - interval '20 minutes'` })
      .where('person_id', '=', person.id)
      .execute();
    expect((await partnerships(client)).statusCode).toBe(200);
    const row = await app.db
      .selectFrom('session')
      .select(sql<boolean>`last_seen_at > now() - interval '1 minute'`.as('fresh'))
      .where('person_id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(row.fresh).toBe(true);
  });

  it('refuses a state change without the CSRF token with 403, and changes nothing', async () => {
    const admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
    const payload = { name: 'Zonder token', kind: 'institute' };
    const withoutToken = await admin.inject({
      method: 'POST',
      url: '/api/organisations',
      payload,
      headers: { 'x-csrf-token': '' },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    const forged = await admin.inject({
      method: 'POST',
      url: '/api/organisations',
      payload,
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
    const rows = await app.db.selectFrom('organisation').select('id').where('name', '=', 'Zonder token').execute();
    expect(rows).toEqual([]);
    expect((await admin.inject({ method: 'POST', url: '/api/organisations', payload })).statusCode).toBe(201);
  });

  it('binds the CSRF token to the session: another session’s token, or the one from before sign-in, is refused', async () => {
    const payload = (name: string) => ({ name, kind: 'institute' });
    const admin = await newAdmin();
    const client = await new TestClient(app).start();
    const beforeSignIn = client.csrfToken;
    const login = await client.signIn(admin.email);
    const { csrfToken } = login.json() as { csrfToken: string };
    // Renewed at sign-in: the answer carries the new session's token, and the session says the same.
    expect(csrfToken).not.toBe(beforeSignIn);
    const session = (await client.inject({ method: 'GET', url: '/api/auth/session' })).json() as { csrfToken: string };
    expect(session.csrfToken).toBe(csrfToken);

    const other = await signedIn(app, (await newAdmin()).email);
    for (const token of [beforeSignIn, other.csrfToken]) {
      const res = await client.inject({
        method: 'POST',
        url: '/api/organisations',
        payload: payload('Vreemd token'),
        headers: { 'x-csrf-token': token },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    }
    const rows = await app.db.selectFrom('organisation').select('id').where('name', '=', 'Vreemd token').execute();
    expect(rows).toEqual([]);
    expect(
      (await client.inject({ method: 'POST', url: '/api/organisations', payload: payload('Eigen token') })).statusCode,
    ).toBe(201);
  });

  it('renews the CSRF token at sign-out: the signed-out session’s token opens nothing afterwards', async () => {
    const person = await newManager();
    const client = await signedIn(app, person.email);
    const sessionToken = client.csrfToken;
    expect((await client.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    // The pre-session cookie was cleared with the session: a new page load starts another, with a new token.
    expect(client.cookie(PRE_SESSION_COOKIE)).toBeUndefined();
    const reset = await client.inject({
      method: 'POST',
      url: '/api/auth/password-reset-requests',
      payload: { email: person.email },
    });
    expect(reset.statusCode).toBe(403);
    await client.start();
    expect(client.csrfToken).not.toBe(sessionToken);
    const again = await client.inject({
      method: 'POST',
      url: '/api/auth/password-reset-requests',
      payload: { email: person.email },
    });
    expect(again.statusCode).toBe(202);
  });

  it('derives the same token on every instance: nothing of it lives in one process', async () => {
    const person = await newManager();
    const client = await signedIn(app, person.email);
    const secondInstance = await buildTestApp({ connectionString });
    try {
      const res = await secondInstance.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: `${SESSION_COOKIE}=${client.cookie(SESSION_COOKIE)}`, 'x-csrf-token': client.csrfToken },
      });
      expect(res.statusCode).toBe(200);
    } finally {
      await secondInstance.close();
    }
  });

  it.each([
    { origin: 'https://evil.example', fetchSite: undefined },
    { origin: 'null', fetchSite: undefined },
    { origin: 'http://localhost:3000.evil.example', fetchSite: undefined },
    { origin: undefined, fetchSite: 'cross-site' },
    { origin: undefined, fetchSite: 'same-site' },
  ])(
    'refuses a state change from another site (Origin $origin, Sec-Fetch-Site $fetchSite)',
    async ({ origin, fetchSite }) => {
      const admin = await signedIn(app, (await newAdmin()).email);
      const anonymous = await new TestClient(app).start();
      const headers = { ...(origin ? { origin } : {}), ...(fetchSite ? { 'sec-fetch-site': fetchSite } : {}) };
      const name = `Van elders ${origin ?? fetchSite}`;
      const signedInChange = await admin.inject({
        method: 'POST',
        url: '/api/organisations',
        payload: { name, kind: 'institute' },
        headers,
      });
      expect(signedInChange.statusCode).toBe(403);
      expect(signedInChange.json()).toMatchObject({ code: 'FORBIDDEN' });
      // Anonymous changes too: sign-in (login CSRF), and the respondent's link.
      const login = await anonymous.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'x@test.koers.nl', password: 'whatever' },
        headers,
      });
      expect(login.statusCode).toBe(403);
      const respond = await anonymous.inject({
        method: 'PUT',
        url: `/api/respond/${'x'.repeat(43)}`,
        payload: {},
        headers,
      });
      expect(respond.statusCode).toBe(403);
      expect(await app.db.selectFrom('organisation').select('id').where('name', '=', name).execute()).toEqual([]);
    },
  );

  it('accepts a change from its own origin, as the public URL or as the request’s own host names it', async () => {
    const admin = await signedIn(app, (await newAdmin()).email);
    for (const headers of [
      { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
      { origin: 'http://koers.test:8080', host: 'koers.test:8080' },
    ]) {
      const res = await admin.inject({
        method: 'POST',
        url: '/api/organisations',
        payload: { name: `Eigen site ${headers.origin}`, kind: 'institute' },
        headers,
      });
      expect(res.statusCode, headers.origin).toBe(201);
    }
  });

  it('sends security headers and never lets API responses be cached', async () => {
    // JSON answers, refusals among them: data that may load nothing and be framed nowhere.
    for (const url of ['/api/auth/session', '/api/partnerships', '/api/no-such-route']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(res.headers['cache-control']).toBe('no-store');
    }
    // A document (the API docs page): the page policy, only this origin's own scripts and styles.
    const page = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
  });
});
