import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, TEST_PASSWORD, type TTestPerson } from '../../../test/fixtures.ts';
import { TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { addressOf, PASSWORD_RESET_LIMITS, SIGN_IN_LIMITS } from './attempt-throttle.ts';

describe('throttling sign-in and password-reset attempts', () => {
  let app: FastifyInstance;
  let visitor: TestClient;
  beforeAll(async () => {
    app = await buildTestApp();
    visitor = await new TestClient(app).start();
  });
  afterAll(() => app.close());

  let addresses = 0;
  /** A documentation address (RFC 5737) of this test's own, so tests do not count against each other. */
  const newAddress = () => `198.51.100.${++addresses}`;

  const signIn = async (email: string, password: string, remoteAddress: string) => {
    const answer = await visitor.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress,
    });
    // A sign-in renews the CSRF token: the visitor takes the new session's, as the web app does.
    if (answer.statusCode === 200) visitor.csrfToken = (answer.json() as { csrfToken: string }).csrfToken;
    return answer;
  };
  const requestReset = (email: string, remoteAddress: string) =>
    visitor.inject({ method: 'POST', url: '/api/auth/password-reset-requests', payload: { email }, remoteAddress });

  const statuses = (responses: LightMyRequestResponse[]) => responses.map((r) => r.statusCode).sort();
  const auditRows = (action: string, person: TTestPerson) =>
    app.db
      .selectFrom('audit_log')
      .select(['details', 'actor_person_id'])
      .where('action', '=', action)
      .where('subject_id', '=', person.id)
      .execute();
  /** As if every window and delay so far had run out. */
  const letTimePass = () =>
    app.db
      .updateTable('attempt_throttle')
      .set({ window_ends_at: sql<Date>`now() - interval '1 second'`, blocked_until: null })
      .execute();

  it('weighs at most five of thirty wrong passwords sent at once for one account, refusing the rest with 429; the owner signs in from elsewhere', async () => {
    const person = await createPerson(app.db, []);
    const attacker = newAddress();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(person.email, `guess ${i}`, attacker)),
    );

    // Each weighed guess answers 401, every other one 429: exactly the limit's worth are weighed.
    const allowed = SIGN_IN_LIMITS.accountFromAddress.attempts;
    const weighed = answers.filter((r) => r.statusCode === 401);
    expect(weighed).toHaveLength(allowed);
    expect(statuses(answers).filter((s) => s === 429)).toHaveLength(30 - allowed);
    for (const refused of answers.filter((r) => r.statusCode === 429)) {
      expect(refused.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: expect.any(String) });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(
        SIGN_IN_LIMITS.accountFromAddress.windowSeconds,
      );
    }
    // Every weighed wrong password is in the audit log, without the password; the throttling once.
    const failures = await auditRows('auth.login-failed', person);
    expect(failures).toHaveLength(allowed);
    const throttled = await auditRows('auth.throttled', person);
    expect(throttled).toHaveLength(1);
    expect(throttled[0]?.details).toMatchObject({ what: 'sign-in', limit: SIGN_IN_LIMITS.accountFromAddress.name });
    expect(JSON.stringify([...failures, ...throttled])).not.toMatch(/guess/);

    expect((await signIn(person.email, TEST_PASSWORD, newAddress())).statusCode).toBe(200);
    // From the guessing address the owner waits for the window's end, and then gets in.
    expect((await signIn(person.email, TEST_PASSWORD, attacker)).statusCode).toBe(429);
    await letTimePass();
    expect((await signIn(person.email, TEST_PASSWORD, attacker)).statusCode).toBe(200);
  });

  it('refuses an address that sprays one password over many accounts, not the accounts elsewhere', async () => {
    const sprayer = newAddress();
    const { attempts } = SIGN_IN_LIMITS.address;
    const answers = await Promise.all(
      Array.from({ length: attempts + 5 }, (_, i) => signIn(`sprayed-${i}@test.koers.nl`, 'Welkom2026!', sprayer)),
    );
    expect(statuses(answers).filter((s) => s === 401)).toHaveLength(attempts);
    const person = await createPerson(app.db, []);
    const next = await signIn(person.email, TEST_PASSWORD, sprayer);
    expect(next.statusCode).toBe(429);
    expect(Number(next.headers['retry-after'])).toBeGreaterThan(SIGN_IN_LIMITS.accountFromAddress.windowSeconds);
    expect((await signIn(person.email, TEST_PASSWORD, newAddress())).statusCode).toBe(200);
  });

  it('gives successful sign-ins their attempt back, so colleagues behind one address never add up to a limit', async () => {
    const school = newAddress();
    const colleagues = await Promise.all(
      Array.from({ length: SIGN_IN_LIMITS.address.attempts + 5 }, () => createPerson(app.db, [])),
    );
    for (const colleague of colleagues)
      expect((await signIn(colleague.email, TEST_PASSWORD, school)).statusCode).toBe(200);
  });

  it('slows guesses at one account from many addresses down step by step, and never locks its owner out', async () => {
    const person = await createPerson(app.db, []);
    const { attempts, maxDelaySeconds } = SIGN_IN_LIMITS.account;
    for (let i = 0; i < attempts; i++)
      expect((await signIn(person.email, `guess ${i}`, newAddress())).statusCode).toBe(401);
    // Beyond the free attempts, each weighed guess makes the next one wait twice as long.
    expect((await signIn(person.email, 'one more', newAddress())).statusCode).toBe(401);
    const first = await signIn(person.email, 'and another', newAddress());
    expect(first.statusCode).toBe(429);
    expect(Number(first.headers['retry-after'])).toBe(2);
    await app.db
      .updateTable('attempt_throttle')
      .set({ blocked_until: sql<Date>`now()` })
      .execute();
    expect((await signIn(person.email, 'and another', newAddress())).statusCode).toBe(401);
    expect(Number((await signIn(person.email, 'again', newAddress())).headers['retry-after'])).toBe(4);

    // However many guesses came before, the wait stays within the cap...
    await app.db
      .updateTable('attempt_throttle')
      .set({ attempts: 500, blocked_until: sql<Date>`now()` })
      .where('attempts', '>', attempts)
      .execute();
    expect((await signIn(person.email, 'guess 500', newAddress())).statusCode).toBe(401);
    const owner = newAddress();
    const waiting = await signIn(person.email, TEST_PASSWORD, owner);
    expect(waiting.statusCode).toBe(429);
    expect(Number(waiting.headers['retry-after'])).toBe(maxDelaySeconds);
    // ...and once it has passed, the owner's right password is weighed and lets them in.
    await app.db
      .updateTable('attempt_throttle')
      .set({ blocked_until: sql<Date>`now()` })
      .execute();
    expect((await signIn(person.email, TEST_PASSWORD, owner)).statusCode).toBe(200);
  });

  it('limits password-reset requests per account and per address, alike for known and unknown addresses', async () => {
    const person = await createPerson(app.db, []);
    const unknown = 'nobody-here@test.koers.nl';
    for (const email of [person.email, unknown]) {
      const answers = await Promise.all(
        Array.from({ length: PASSWORD_RESET_LIMITS.account.attempts + 3 }, () => requestReset(email, newAddress())),
      );
      expect(statuses(answers)).toEqual([
        ...Array<number>(PASSWORD_RESET_LIMITS.account.attempts).fill(202),
        ...Array<number>(3).fill(429),
      ]);
    }
    const asker = newAddress();
    const answers = await Promise.all(
      Array.from({ length: PASSWORD_RESET_LIMITS.address.attempts + 3 }, (_, i) =>
        requestReset(`asked-${i}@test.koers.nl`, asker),
      ),
    );
    expect(statuses(answers).filter((s) => s === 429)).toHaveLength(3);
    expect(await auditRows('auth.throttled', person)).toMatchObject([{ details: { what: 'password-reset' } }]);
  });

  it('answers every mix of sign-ins and guesses at once, from shared addresses at shared accounts, without a 5xx', async () => {
    const people = await Promise.all(Array.from({ length: 4 }, () => createPerson(app.db, [])));
    const shared = [newAddress(), newAddress()];
    const answers = await Promise.all(
      Array.from({ length: 48 }, (_, i) => {
        const person = people[i % people.length] as TTestPerson;
        return signIn(person.email, i % 3 === 0 ? TEST_PASSWORD : `guess ${i}`, shared[i % 2] ?? '');
      }),
    );
    expect(statuses(answers).filter((status) => ![200, 401, 429].includes(status))).toEqual([]);
  });

  it('drops rows whose window ended over an hour ago, at the next successful sign-in', async () => {
    const person = await createPerson(app.db, []);
    expect((await signIn(person.email, 'a guess', newAddress())).statusCode).toBe(401);
    await app.db
      .updateTable('attempt_throttle')
      .set({ window_ends_at: sql<Date>`now() - interval '61 minutes'`, blocked_until: null })
      .execute();
    expect((await signIn(person.email, TEST_PASSWORD, newAddress())).statusCode).toBe(200);
    const old = await app.db
      .selectFrom('attempt_throttle')
      .select('key')
      .where('window_ends_at', '<', sql<Date>`now() - interval '1 hour'`)
      .execute();
    expect(old).toEqual([]);
  });

  it('counts an IPv6 client by its /64 and an IPv4-mapped one as IPv4', () => {
    expect(addressOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressOf('2001:0db8:0001:0002:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressOf('192.0.2.7')).toBe('192.0.2.7');
  });
});
