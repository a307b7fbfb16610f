import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAccountExport, ZPerson } from '@koers/shared/people';
import { createPerson, partnershipIdByName } from '../../../test/fixtures.ts';
import { startMailCatcher } from '../../../test/mail-catcher.ts';
import { signedIn, TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';

describe('people, invitations and roles', () => {
  let app: FastifyInstance;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;
  let admin: TestClient;
  let adminId: string;
  let partnershipId: string;

  beforeAll(async () => {
    mail = await startMailCatcher();
    app = await buildTestApp({ env: { SMTP_URL: mail.url, KOERS_PUBLIC_URL: 'https://koers.example.nl' } });
    await seedDemoData(app.db);
    partnershipId = await partnershipIdByName(app.db, 'Samen Opleiden Zeeland');
    const person = await createPerson(app.db, [{ role: 'admin' }]);
    adminId = person.id;
    admin = await signedIn(app, person.email);
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  const invite = (email: string) =>
    admin.inject({
      method: 'POST',
      url: '/api/people/invitations',
      payload: { email, displayName: 'Nieuwe Collega', roles: [{ role: 'programme_manager', partnershipId }] },
    });

  it('invites by email with a one-time link; the invitee sets a password and signs in with their role', async () => {
    const res = await invite('nieuw@zeeland.test');
    expect(res.statusCode).toBe(201);
    const body = res.json() as { person: unknown; invitationUrl: string | null };
    // Delivered by mail, so the link is not handed to the admin.
    expect(body.invitationUrl).toBeNull();
    expect(ZPerson.parse(body.person)).toMatchObject({ status: 'invited', email: 'nieuw@zeeland.test' });

    const token = mail.linkTo('nieuw@zeeland.test');
    expect(token).toBeDefined();
    const visitor = await new TestClient(app).start();
    expect((await visitor.inject({ method: 'GET', url: `/api/auth/one-time-links/${token}` })).json()).toEqual({
      purpose: 'invitation',
      displayName: 'Nieuwe Collega',
    });
    const short = await visitor.inject({
      method: 'POST',
      url: `/api/auth/one-time-links/${token}`,
      payload: { password: 'kort' },
    });
    expect(short.statusCode).toBe(400);
    const set = await visitor.inject({
      method: 'POST',
      url: `/api/auth/one-time-links/${token}`,
      payload: { password: 'een goed wachtwoord' },
    });
    expect(set.statusCode).toBe(204);
    // One time only.
    const again = await visitor.inject({
      method: 'POST',
      url: `/api/auth/one-time-links/${token}`,
      payload: { password: 'een ander wachtwoord' },
    });
    expect(again.statusCode).toBe(404);

    const invitee = await signedIn(app, 'nieuw@zeeland.test', 'een goed wachtwoord');
    const { items } = (await invitee.inject({ method: 'GET', url: '/api/partnerships' })).json() as {
      items: { id: string }[];
    };
    expect(items.map((p) => p.id)).toEqual([partnershipId]);
  });

  it('shows the link to the admin when no mail server is configured', async () => {
    const noMail = await buildTestApp();
    try {
      const person = await createPerson(noMail.db, [{ role: 'admin' }]);
      const client = await signedIn(noMail, person.email);
      const res = await client.inject({
        method: 'POST',
        url: '/api/people/invitations',
        payload: { email: 'zonder-mail@test.nl', displayName: 'Zonder Mail', roles: [{ role: 'admin' }] },
      });
      expect(res.statusCode).toBe(201);
      expect((res.json() as { invitationUrl: string }).invitationUrl).toMatch(
        /^http:\/\/localhost:3000\/link\/[\w-]{40,}$/,
      );
    } finally {
      await noMail.close();
    }
  });

  it('refuses a second account for the same address, in any letter case', async () => {
    await invite('dubbel@zeeland.test');
    const res = await invite('DUBBEL@zeeland.test');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', details: [{ path: 'body.email' }] });
  });

  it('resets a password through a mailed link, and answers the same for unknown addresses', async () => {
    const person = await createPerson(app.db, []);
    const visitor = await new TestClient(app).start();
    const known = await visitor.inject({
      method: 'POST',
      url: '/api/auth/password-reset-requests',
      payload: { email: person.email },
    });
    const unknown = await visitor.inject({
      method: 'POST',
      url: '/api/auth/password-reset-requests',
      payload: { email: 'niemand@test.nl' },
    });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    // The link is made and mailed after the answer, which is the same for both.
    const token = await mail.linkArriving(person.email);
    const before = await signedIn(app, person.email);
    await visitor.inject({
      method: 'POST',
      url: `/api/auth/one-time-links/${token}`,
      payload: { password: 'nieuw wachtwoord 2026' },
    });
    // A reset ends the sessions opened with the old password.
    expect((await before.inject({ method: 'GET', url: '/api/account/export' })).statusCode).toBe(401);
    expect((await (await new TestClient(app).start()).signIn(person.email, 'nieuw wachtwoord 2026')).statusCode).toBe(
      200,
    );
  });

  it('disables an account: its sessions end at once and it cannot sign in; re-enabling lets it back', async () => {
    const person = await createPerson(app.db, [{ role: 'programme_manager', partnershipId }]);
    const client = await signedIn(app, person.email);
    const disabled = await admin.inject({
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      payload: { status: 'disabled' },
    });
    expect(disabled.json()).toMatchObject({ status: 'disabled' });
    expect((await client.inject({ method: 'GET', url: '/api/partnerships' })).statusCode).toBe(401);
    expect((await (await new TestClient(app).start()).signIn(person.email)).statusCode).toBe(401);
    await admin.inject({ method: 'PATCH', url: `/api/people/${person.id}`, payload: { status: 'active' } });
    expect((await (await new TestClient(app).start()).signIn(person.email)).statusCode).toBe(200);
  });

  it('grants and revokes roles, refusing a role in the wrong kind of place', async () => {
    const person = await createPerson(app.db, []);
    const granted = await admin.inject({
      method: 'POST',
      url: `/api/people/${person.id}/roles`,
      payload: { role: 'critical_friend', partnershipId },
    });
    expect(granted.statusCode).toBe(201);
    const role = ZPerson.parse(granted.json()).roles[0];
    expect(role).toMatchObject({ role: 'critical_friend', partnershipName: 'Samen Opleiden Zeeland' });

    const twice = await admin.inject({
      method: 'POST',
      url: `/api/people/${person.id}/roles`,
      payload: { role: 'critical_friend', partnershipId },
    });
    expect(twice.statusCode).toBe(409);
    const misplaced = await admin.inject({
      method: 'POST',
      url: `/api/people/${person.id}/roles`,
      payload: { role: 'board_member', partnershipId },
    });
    expect(misplaced.statusCode).toBe(400);

    const revoked = await admin.inject({ method: 'DELETE', url: `/api/people/${person.id}/roles/${role?.id}` });
    expect(ZPerson.parse(revoked.json()).roles).toEqual([]);
  });

  it('will not let an admin lock themselves out', async () => {
    expect(
      (await admin.inject({ method: 'PATCH', url: `/api/people/${adminId}`, payload: { status: 'disabled' } }))
        .statusCode,
    ).toBe(409);
    expect((await admin.inject({ method: 'POST', url: `/api/people/${adminId}/erasure` })).statusCode).toBe(409);
  });

  it('erases a person: personal data gone, sessions ended, contributions kept under a pseudonym', async () => {
    const person = await createPerson(app.db, [{ role: 'programme_manager', partnershipId }], {
      displayName: 'Wil Weg',
    });
    const client = await signedIn(app, person.email);
    const erased = await admin.inject({ method: 'POST', url: `/api/people/${person.id}/erasure` });
    expect(erased.statusCode).toBe(200);
    const after = ZPerson.parse(erased.json());
    expect(after).toMatchObject({ status: 'erased', email: null, roles: [] });
    expect(after.displayName).not.toContain('Wil');
    expect((await client.inject({ method: 'GET', url: '/api/partnerships' })).statusCode).toBe(401);
    // Their sign-in stays in the audit log, attributed to the pseudonymised person.
    const audit = (await admin.inject({ method: 'GET', url: `/api/audit-log?personId=${person.id}` })).json() as {
      items: { action: string; actor: { displayName: string } }[];
    };
    expect(audit.items.find((e) => e.action === 'auth.login')?.actor.displayName).toBe(after.displayName);
  });

  it('exports the signed-in person’s own data, and only theirs', async () => {
    const person = await createPerson(app.db, [{ role: 'programme_manager', partnershipId }]);
    const client = await signedIn(app, person.email);
    const res = await client.inject({ method: 'GET', url: '/api/account/export' });
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    const data = ZAccountExport.strict().parse(res.json());
    expect(data.person.email).toBe(person.email);
    expect(data.roles).toHaveLength(1);
    expect(data.sessions).toHaveLength(1);
    expect(data.activity.map((a) => a.action)).toContain('auth.login');
    expect(res.body).not.toContain(adminId);
  });

  it('keeps the audit log append-only: the application’s role may not change it, and the trigger refuses', async () => {
    await expect(sql`UPDATE audit_log SET action = 'rewritten'`.execute(app.db)).rejects.toThrow(/permission denied/);
    await expect(sql`DELETE FROM audit_log`.execute(app.db)).rejects.toThrow(/permission denied/);
    await expect(sql`TRUNCATE audit_log`.execute(app.db)).rejects.toThrow(/permission denied/);
    const entry = await app.db
      .selectFrom('audit_log')
      .select(['actor_person_id', 'request_id'])
      .where('action', '=', 'person.invited')
      .executeTakeFirstOrThrow();
    expect(entry.actor_person_id).toBe(adminId);
    expect(entry.request_id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
