import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZApiError } from '@koers/shared/api-error';
import { ZApiTokenCreated, ZApiTokenList } from '@koers/shared/api-tokens';
import { createAssessment, createPerson, partnershipIdByName } from '../../../test/fixtures.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
/** A response's body, without the request id an error carries (each request has its own). */
function answerOf(res: { json: () => unknown }): unknown {
  const body = res.json();
  if (typeof body !== 'object' || body === null || !('requestId' in body)) return body;
  const { requestId: _requestId, ...rest } = body;
  return rest;
}

describe('API tokens for integrations', () => {
  let app: FastifyInstance;
  const routes: { method: string; url: string }[] = [];
  let own: string;
  let other: string;
  let pm: { id: string; email: string };
  let pmSession: TestClient;

  /** A new token of the signed-in client, through the API. */
  async function createToken(client: TestClient, name: string, expiresInDays?: number) {
    const res = await client.inject({
      method: 'POST',
      url: '/api/account/api-tokens',
      payload: { name, ...(expiresInDays === undefined ? {} : { expiresInDays }) },
    });
    expect(res.statusCode, res.body).toBe(201);
    return ZApiTokenCreated.parse(res.json());
  }

  const read = (secret: string, url: string) => app.inject({ method: 'GET', url, headers: bearer(secret) });
  const codeOf = (res: { json: () => unknown }) => ZApiError.parse(res.json()).code;
  const auditRows = (tokenId: string, action: string) =>
    app.db
      .selectFrom('audit_log')
      .select(['actor_person_id', 'details'])
      .where('subject_id', '=', tokenId)
      .where('action', '=', action)
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    app = await buildTestApp({
      beforeRegistering: (instance) =>
        instance.addHook('onRoute', (route) => {
          const methods = Array.isArray(route.method) ? route.method : [route.method];
          for (const method of methods) if (route.url.startsWith('/api/')) routes.push({ method, url: route.url });
        }),
    });
    await seedDemoData(app.db);
    own = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    other = await partnershipIdByName(app.db, 'Opleidingsschool Flevoland');
    pm = await createPerson(app.db, [{ role: 'programme_manager', partnershipId: own }]);
    pmSession = await signedIn(app, pm.email);
  });
  afterAll(() => app.close());

  it('shows a new token once, keeps only its SHA-256, lists it without the secret and audits its creation', async () => {
    const { token, secret } = await createToken(pmSession, 'Power BI stuurgroep');
    expect(secret).toMatch(/^koers_pat_[A-Za-z0-9_-]{43}$/);
    // 90 days unless asked otherwise.
    const days = (Date.parse(token.expiresAt) - Date.parse(token.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(90, 3);

    const stored = await app.db
      .selectFrom('api_token')
      .selectAll()
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(secret.slice('koers_pat_'.length));

    const listed = ZApiTokenList.parse(
      (await pmSession.inject({ method: 'GET', url: '/api/account/api-tokens' })).json(),
    );
    expect(listed.items).toContainEqual({ ...token, lastUsedAt: null });
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(await auditRows(token.id, 'api-token.created')).toEqual([
      { actor_person_id: pm.id, details: { name: 'Power BI stuurgroep', expiresAt: token.expiresAt } },
    ]);
  });

  it('refuses an expiry beyond a year, and tokens for critical friends and board members', async () => {
    const tooLong = await pmSession.inject({
      method: 'POST',
      url: '/api/account/api-tokens',
      payload: { name: 'Te lang', expiresInDays: 366 },
    });
    expect(tooLong.statusCode).toBe(400);
    const friend = await signedIn(
      app,
      (await createPerson(app.db, [{ role: 'critical_friend', partnershipId: own }])).email,
    );
    const refused = await friend.inject({ method: 'POST', url: '/api/account/api-tokens', payload: { name: 'BI' } });
    expect(refused.statusCode).toBe(403);
  });

  it('reads exactly what its owner’s session reads: the same status and the same answer', async () => {
    const { secret } = await createToken(pmSession, 'Vergelijking');
    const ownAssessment = await createAssessment(app.db, { partnershipId: own, personId: pm.id, submitted: true });
    const otherAssessment = await createAssessment(app.db, {
      partnershipId: other,
      personId: (await createPerson(app.db, [{ role: 'programme_manager', partnershipId: other }])).id,
    });
    const urls = [
      '/api/partnerships',
      `/api/partnerships/${own}`,
      `/api/partnerships/${other}`,
      `/api/partnerships/${own}/dashboard`,
      `/api/partnerships/${other}/dashboard`,
      `/api/partnerships/${own}/assessments`,
      `/api/partnerships/${other}/assessments`,
      `/api/partnerships/${own}/flags`,
      `/api/partnerships/${own}/actions`,
      `/api/partnerships/${own}/timeline-notes`,
      `/api/partnerships/${own}/people`,
      `/api/assessments/${ownAssessment.assessmentId}`,
      `/api/assessments/${otherAssessment.assessmentId}`,
      '/api/periods',
      '/api/inbox',
      '/api/board-overview',
      '/api/review-queue',
      '/api/audit-log',
      '/api/people',
      '/api/organisations',
    ];
    const statuses: Record<string, number> = {};
    for (const url of urls) {
      const byToken = await read(secret, url);
      const bySession = await pmSession.inject({ method: 'GET', url });
      expect(byToken.statusCode, url).toBe(bySession.statusCode);
      expect(answerOf(byToken), url).toEqual(answerOf(bySession));
      statuses[url] = byToken.statusCode;
    }
    // The sample covers each answer a reader can get: allowed, another partnership's (404), not their role's (403).
    expect(statuses[`/api/partnerships/${own}/dashboard`]).toBe(200);
    expect(statuses[`/api/partnerships/${other}/dashboard`]).toBe(404);
    expect(statuses[`/api/assessments/${otherAssessment.assessmentId}`]).toBe(404);
    expect(statuses['/api/audit-log']).toBe(403);
  });

  it('keeps its owner’s account and sign-in out of reach: the export, the session, the second factor', async () => {
    const { secret } = await createToken(pmSession, 'Geen account');
    for (const url of [
      '/api/account/export',
      '/api/account/api-tokens',
      '/api/auth/session',
      '/api/account/passkeys',
    ]) {
      const res = await read(secret, url);
      expect(res.statusCode, url).toBe(403);
      expect(codeOf(res), url).toBe('FORBIDDEN');
    }
  });

  it('answers 403 TOKEN_READ_ONLY to every change on every route, with or without a session beside it', async () => {
    const { secret } = await createToken(pmSession, 'Alleen lezen');
    const writes = routes.filter((r) => !['GET', 'HEAD'].includes(r.method));
    expect(writes.length).toBeGreaterThan(30);
    const count = async (table: 'session' | 'api_token' | 'one_time_link') =>
      (
        await app.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = {
      session: await count('session'),
      apiToken: await count('api_token'),
      links: await count('one_time_link'),
    };
    const { password_hash: passwordBefore } = await app.db
      .selectFrom('person')
      .select('password_hash')
      .where('id', '=', pm.id)
      .executeTakeFirstOrThrow();

    const answered: string[] = [];
    for (const route of writes) {
      const url = route.url.replace(/:(\w+)/g, (_, name: string) =>
        name === 'token' ? 'x'.repeat(43) : name === 'version' ? '1' : own,
      );
      const method = route.method as 'POST';
      const alone = await app.inject({ method, url, headers: bearer(secret), payload: {} });
      // A browser's session and CSRF token beside the token change nothing: the token decides.
      const withSession = await pmSession.inject({ method, url, headers: bearer(secret), payload: {} });
      for (const res of [alone, withSession]) {
        const outcome = `${res.statusCode} ${res.statusCode === 403 ? codeOf(res) : ''}`.trim();
        if (outcome !== '403 TOKEN_READ_ONLY') answered.push(`${route.method} ${route.url}: ${outcome}`);
      }
    }
    expect(answered).toEqual([]);
    expect({
      session: await count('session'),
      apiToken: await count('api_token'),
      links: await count('one_time_link'),
    }).toEqual(before);
    const { password_hash: passwordAfter } = await app.db
      .selectFrom('person')
      .select('password_hash')
      .where('id', '=', pm.id)
      .executeTakeFirstOrThrow();
    expect(passwordAfter).toBe(passwordBefore);
  });

  it('answers 401 once revoked, once expired, for a token that never existed, and once its owner is disabled', async () => {
    const revoked = await createToken(pmSession, 'Wordt ingetrokken');
    expect((await read(revoked.secret, '/api/partnerships')).statusCode).toBe(200);
    const revocation = await pmSession.inject({ method: 'DELETE', url: `/api/account/api-tokens/${revoked.token.id}` });
    expect(revocation.statusCode).toBe(204);
    const afterRevocation = await read(revoked.secret, '/api/partnerships');
    expect([afterRevocation.statusCode, codeOf(afterRevocation)]).toEqual([401, 'UNAUTHENTICATED']);
    expect(await auditRows(revoked.token.id, 'api-token.revoked')).toEqual([
      { actor_person_id: pm.id, details: { name: 'Wordt ingetrokken' } },
    ]);

    // The clock moves through the row: the token was made 31 days ago and expired yesterday.
    const expired = await createToken(pmSession, 'Verloopt', 30);
    expect((await read(expired.secret, '/api/partnerships')).statusCode).toBe(200);
    await sql`
      UPDATE api_token SET created_at = now() - interval '31 days', expires_at = now() - interval '1 day'
      WHERE id = ${expired.token.id}
    `.execute(app.db);
    expect((await read(expired.secret, '/api/partnerships')).statusCode).toBe(401);
    // Changes answer 401 too: an invalid token is no token at all.
    expect(
      (await app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(expired.secret) })).statusCode,
    ).toBe(401);

    expect((await read(`koers_pat_${'A'.repeat(43)}`, '/api/partnerships')).statusCode).toBe(401);

    const owner = await createPerson(app.db, [{ role: 'programme_manager', partnershipId: own }]);
    const { secret } = await createToken(await signedIn(app, owner.email), 'Van iemand die vertrekt');
    expect((await read(secret, '/api/partnerships')).statusCode).toBe(200);
    await app.db.updateTable('person').set({ status: 'disabled' }).where('id', '=', owner.id).execute();
    expect((await read(secret, '/api/partnerships')).statusCode).toBe(401);
  });

  it('follows its owner’s current roles', async () => {
    const owner = await createPerson(app.db, [{ role: 'programme_manager', partnershipId: own }]);
    const admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
    const { secret } = await createToken(await signedIn(app, owner.email), 'Rolwissel');
    expect((await read(secret, `/api/partnerships/${own}/dashboard`)).statusCode).toBe(200);

    const { id: roleId } = await app.db
      .selectFrom('role_assignment')
      .select('id')
      .where('person_id', '=', owner.id)
      .executeTakeFirstOrThrow();
    const removed = await admin.inject({ method: 'DELETE', url: `/api/people/${owner.id}/roles/${roleId}` });
    expect(removed.statusCode).toBe(200);
    expect((await read(secret, `/api/partnerships/${own}/dashboard`)).statusCode).toBe(404);

    const granted = await admin.inject({
      method: 'POST',
      url: `/api/people/${owner.id}/roles`,
      payload: { role: 'programme_manager', partnershipId: other },
    });
    expect(granted.statusCode).toBe(201);
    expect((await read(secret, `/api/partnerships/${other}/dashboard`)).statusCode).toBe(200);
  });

  it('reads with admin rights only once its owner has the second factor admins need', async () => {
    // A programme manager makes a token, and is made an admin later: the token must not open admin work
    // that their own password sign-in would keep closed until they enrol a second factor.
    const owner = await createPerson(app.db, [{ role: 'programme_manager', partnershipId: own }]);
    const { secret } = await createToken(await signedIn(app, owner.email), 'Wordt beheerder');
    await app.db.insertInto('role_assignment').values({ person_id: owner.id, role: 'admin' }).execute();

    const refused = await read(secret, '/api/people');
    expect(refused.statusCode).toBe(403);
    expect(codeOf(refused)).toBe('SECOND_FACTOR_REQUIRED');
    expect((await read(secret, `/api/partnerships/${own}/dashboard`)).statusCode).toBe(200);

    // Their first password sign-in as an admin enrols an app (the test client does what the page asks).
    await signedIn(app, owner.email);
    expect((await read(secret, '/api/people')).statusCode).toBe(200);
  });

  it('notes its last use and audits it at most once a minute', async () => {
    const { token, secret } = await createToken(pmSession, 'Elke minuut');
    for (let i = 0; i < 3; i++) expect((await read(secret, '/api/periods')).statusCode).toBe(200);
    const used = await auditRows(token.id, 'api-token.used');
    expect(used).toEqual([{ actor_person_id: pm.id, details: { route: 'GET /api/periods' } }]);
    const listed = ZApiTokenList.parse(
      (await pmSession.inject({ method: 'GET', url: '/api/account/api-tokens' })).json(),
    );
    const lastUsedAt = listed.items.find((t) => t.id === token.id)?.lastUsedAt;
    expect(lastUsedAt).not.toBeNull();

    // A minute and more later (moved through the row), the next use is noted again.
    await app.db
      .updateTable('api_token')
      .set({ last_used_at: sql<Date>`now() - interval '2 minutes'` })
      .where('id', '=', token.id)
      .execute();
    expect((await read(secret, `/api/partnerships/${own}`)).statusCode).toBe(200);
    expect((await auditRows(token.id, 'api-token.used')).map((r) => r.details)).toEqual([
      { route: 'GET /api/periods' },
      { route: 'GET /api/partnerships/:partnershipId' },
    ]);
  });

  it('lets only its owner revoke it', async () => {
    const { token, secret } = await createToken(pmSession, 'Van mij');
    const colleague = await signedIn(
      app,
      (await createPerson(app.db, [{ role: 'programme_manager', partnershipId: own }])).email,
    );
    const res = await colleague.inject({ method: 'DELETE', url: `/api/account/api-tokens/${token.id}` });
    expect(res.statusCode).toBe(404);
    expect((await read(secret, '/api/partnerships')).statusCode).toBe(200);
  });

  it('goes when its owner is erased', async () => {
    const owner = await createPerson(app.db, [{ role: 'programme_manager', partnershipId: own }]);
    const { secret } = await createToken(await signedIn(app, owner.email), 'Tot de wissing');
    const admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
    expect((await admin.inject({ method: 'POST', url: `/api/people/${owner.id}/erasure` })).statusCode).toBe(200);
    expect(await app.db.selectFrom('api_token').select('id').where('person_id', '=', owner.id).execute()).toEqual([]);
    expect((await read(secret, '/api/partnerships')).statusCode).toBe(401);
  });
});
