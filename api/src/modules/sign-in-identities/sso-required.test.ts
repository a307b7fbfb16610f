import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZApiError } from '@koers/shared/api-error';
import { ZSsoRequiredDomain } from '@koers/shared/sign-in-identities';
import { createPerson, organisationIdByName, TEST_PASSWORD } from '../../../test/fixtures.ts';
import { signedIn, TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';

describe('SSO required for an email domain', () => {
  let app: FastifyInstance;
  let admin: TestClient;
  let institute: string;

  const signIn = (email: string, password = TEST_PASSWORD) => new TestClient(app).signIn(email, password);
  const requireDomain = (domain: string, provider = 'surf') =>
    admin.inject({ method: 'POST', url: '/api/sso-domains', payload: { domain, organisationId: institute, provider } });

  beforeAll(async () => {
    app = await buildTestApp({
      env: {
        // Configured, never reached: nobody here signs in through it.
        KOERS_OIDC_SURF_ISSUER: 'https://login.example.test',
        KOERS_OIDC_SURF_CLIENT_ID: 'koers',
        KOERS_OIDC_SURF_CLIENT_SECRET: 'not-a-secret',
        KOERS_OIDC_SURF_LABEL: 'SURFconext',
      },
    });
    await seedDemoData(app.db);
    institute = await organisationIdByName(app.db, 'Hogeschool Noorderlicht');
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses password sign-in for the domain with a clear 403, alike for known and unknown addresses', async () => {
    const person = await createPerson(app.db, [], { email: 'docent@saxion.test' });
    expect((await signIn(person.email)).statusCode).toBe(200);
    const required = await requireDomain('Saxion.test');
    expect(required.statusCode).toBe(201);
    expect(ZSsoRequiredDomain.parse(required.json())).toMatchObject({ domain: 'saxion.test', provider: 'surf' });

    const known = await signIn(person.email);
    const unknown = await signIn('niemand@saxion.test', 'any password at all');
    for (const refused of [known, unknown]) {
      expect(refused.statusCode).toBe(403);
      expect(refused.cookies.find((c) => c.name === 'koers_session')).toBeUndefined();
    }
    const { requestId: _known, ...knownBody } = ZApiError.parse(known.json());
    const { requestId: _unknown, ...unknownBody } = ZApiError.parse(unknown.json());
    expect(knownBody).toEqual(unknownBody);
    expect(knownBody.code).toBe('SSO_REQUIRED');
    expect(knownBody.message).toContain('Sign in with SURFconext');
  });

  it('refuses a password reset for the domain too, and leaves other domains alone', async () => {
    const client = await new TestClient(app).start();
    const reset = await client.inject({
      method: 'POST',
      url: '/api/auth/password-reset-requests',
      payload: { email: 'docent@saxion.test' },
    });
    expect(reset.statusCode).toBe(403);
    expect(ZApiError.parse(reset.json()).code).toBe('SSO_REQUIRED');
    const elsewhere = await createPerson(app.db, [], { email: 'docent@elders.test' });
    expect((await signIn(elsewhere.email)).statusCode).toBe(200);
  });

  it('lets an admin list and release the domain, after which passwords work again; both are audited', async () => {
    const listed = await admin.inject({ method: 'GET', url: '/api/sso-domains' });
    expect((listed.json() as { items: unknown[] }).items).toEqual([
      expect.objectContaining({ domain: 'saxion.test', organisationId: institute }),
    ]);
    expect((await admin.inject({ method: 'DELETE', url: '/api/sso-domains/saxion.test' })).statusCode).toBe(204);
    expect((await signIn('docent@saxion.test')).statusCode).toBe(200);
    const audit = await app.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'sso-domain.%')
      .orderBy('id')
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['sso-domain.required', 'sso-domain.released']);
  });

  it('refuses a provider that is not configured (400) and a domain required twice (409)', async () => {
    const unknownProvider = await requireDomain('windesheim.test', 'elders');
    expect(unknownProvider.statusCode).toBe(400);
    expect((await requireDomain('windesheim.test')).statusCode).toBe(201);
    expect((await requireDomain('windesheim.test')).statusCode).toBe(409);
  });
});
