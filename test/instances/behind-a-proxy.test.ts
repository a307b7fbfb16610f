import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, TEST_PASSWORD } from '../../api/test/fixtures.ts';
import { TestClient } from '../../api/test/session.ts';
import { buildTestApp, createTestDatabase } from '../../api/test/test-app.ts';

/** Signs in as a browser would behind a load balancer that terminated HTTPS and says so in a header. */
async function signInThroughProxy(app: FastifyInstance, email: string) {
  const client = new TestClient(app);
  const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' };
  const session = await client.inject({ method: 'GET', url: '/api/auth/session', headers: proxied });
  client.csrfToken = (session.json() as { csrfToken: string }).csrfToken;
  const login = await client.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: TEST_PASSWORD },
    headers: proxied,
  });
  expect(login.statusCode).toBe(200);
  return [...session.cookies, ...login.cookies];
}

/**
 * Instances behind a TLS-terminating load balancer see plain HTTP. With KOERS_TRUST_PROXY they take the
 * balancer's X-Forwarded-Proto, so the session and CSRF cookies are marked Secure; without it the header
 * is anyone's to send, and is ignored.
 */
describe.each([
  { trustProxy: 'true', secure: true },
  { trustProxy: 'false', secure: false },
])('behind a TLS-terminating proxy, KOERS_TRUST_PROXY=$trustProxy', ({ trustProxy, secure }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp({ connectionString: await createTestDatabase(), env: { KOERS_TRUST_PROXY: trustProxy } });
  });
  afterAll(() => app.close());

  it(`${secure ? 'marks' : 'does not mark'} the session and CSRF cookies Secure`, async () => {
    const { email } = await createPerson(app.db, [{ role: 'admin' }]);
    const cookies = await signInThroughProxy(app, email);
    // The pre-session's cookie is set before sign-in and cleared at it: both times with the same flags.
    expect([...new Set(cookies.map((c) => c.name))].sort()).toEqual(['koers_csrf', 'koers_session']);
    for (const cookie of cookies) expect(cookie.secure === true, cookie.name).toBe(secure);
  });
});
