import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZSessionInfo } from '@koers/shared/auth';
import { ZPersonSignIn } from '@koers/shared/sign-in-identities';
import { createPerson, partnershipIdByName, type TTestPerson } from '../../../test/fixtures.ts';
import { signedIn, TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { insertPasskey } from '../passkeys/passkeys.repository.ts';

describe("an admin resets someone's two-step sign-in and passkeys", () => {
  let app: FastifyInstance;
  let admin: TestClient;
  let adminPerson: TTestPerson;

  const signedInAs = async (client: TestClient) =>
    ZSessionInfo.parse((await client.inject({ method: 'GET', url: '/api/auth/session' })).json()).user;
  const overviewOf = async (personId: string) =>
    ZPersonSignIn.parse((await admin.inject({ method: 'GET', url: `/api/people/${personId}/sign-in` })).json());
  const auditOf = (personId: string, action: string) =>
    app.db
      .selectFrom('audit_log')
      .select(['actor_person_id', 'details'])
      .where('subject_id', '=', personId)
      .where('action', '=', action)
      .execute();
  const addPasskey = (personId: string, name: string) =>
    insertPasskey(app.db, {
      personId,
      credentialId: `${name}-${personId}`,
      publicKey: new Uint8Array([1, 2, 3]),
      counter: 0,
      transports: ['internal'],
      deviceType: 'multiDevice',
      backedUp: true,
      name,
    });

  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    adminPerson = await createPerson(app.db, [{ role: 'admin' }]);
    admin = await signedIn(app, adminPerson.email);
  });
  afterAll(() => app.close());

  it('removes the app and recovery codes and ends their sessions; their next password sign-in enrols again', async () => {
    const lost = await createPerson(app.db, [{ role: 'admin' }]);
    // Signing in as an admin enrols the authenticator app: the factor the phone held.
    const theirs = await signedIn(app, lost.email);
    expect((await overviewOf(lost.id)).secondFactor).toBe(true);

    const reset = await admin.inject({ method: 'DELETE', url: `/api/people/${lost.id}/second-factor` });
    expect(reset.statusCode).toBe(204);

    expect(await signedInAs(theirs)).toBeNull();
    const sessions = await app.db.selectFrom('session').select('person_id').where('person_id', '=', lost.id);
    expect(await sessions.execute()).toEqual([]);
    const codes = await app.db.selectFrom('recovery_code').select('person_id').where('person_id', '=', lost.id);
    expect(await codes.execute()).toEqual([]);
    expect((await overviewOf(lost.id)).secondFactor).toBe(false);
    expect(await auditOf(lost.id, 'second-factor.reset')).toEqual([{ actor_person_id: adminPerson.id, details: {} }]);

    // The password alone opens a session again (no second step asked), one that must enrol before admin work.
    const again = new TestClient(app);
    const signIn = await again.signIn(lost.email, undefined, { secondFactor: 'as-is' });
    expect(signIn.statusCode).toBe(200);
    expect((await signedInAs(again))?.secondFactorRequired).toBe(true);
    const adminWork = await again.inject({ method: 'GET', url: '/api/people' });
    expect(adminWork.statusCode).toBe(403);
    expect(adminWork.json()).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED' });
  });

  it('removes all their passkeys and ends their sessions', async () => {
    const lost = await createPerson(app.db, []);
    const theirs = await signedIn(app, lost.email);
    await addPasskey(lost.id, 'Telefoon');
    await addPasskey(lost.id, 'Laptop');
    const other = await createPerson(app.db, []);
    await addPasskey(other.id, 'Telefoon');
    expect((await overviewOf(lost.id)).passkeys).toBe(2);

    const removed = await admin.inject({ method: 'DELETE', url: `/api/people/${lost.id}/passkeys` });
    expect(removed.statusCode).toBe(204);

    expect((await overviewOf(lost.id)).passkeys).toBe(0);
    expect((await overviewOf(other.id)).passkeys).toBe(1);
    expect(await signedInAs(theirs)).toBeNull();
    expect(await auditOf(lost.id, 'passkey.removed-by-admin')).toEqual([
      { actor_person_id: adminPerson.id, details: { removed: 2 } },
    ]);
  });

  it('refuses an admin doing it to themselves: that is their account page, where a current code is asked', async () => {
    await addPasskey(adminPerson.id, 'Eigen sleutel');
    for (const url of [`/api/people/${adminPerson.id}/second-factor`, `/api/people/${adminPerson.id}/passkeys`]) {
      const res = await admin.inject({ method: 'DELETE', url });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'CONFLICT' });
    }
    expect(await overviewOf(adminPerson.id)).toMatchObject({ secondFactor: true, passkeys: 1 });
    expect(await signedInAs(admin)).not.toBeNull();
  });

  it('refuses everyone who is not an admin, and leaves the factor in place', async () => {
    const twente = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    const manager = await createPerson(app.db, [{ role: 'programme_manager', partnershipId: twente }]);
    const target = await createPerson(app.db, [{ role: 'admin' }]);
    await signedIn(app, target.email);
    const client = await signedIn(app, manager.email);
    for (const url of [`/api/people/${target.id}/second-factor`, `/api/people/${target.id}/passkeys`]) {
      expect((await client.inject({ method: 'DELETE', url })).statusCode).toBe(403);
    }
    expect((await overviewOf(target.id)).secondFactor).toBe(true);
  });

  it('answers 404 for nobody', async () => {
    const res = await admin.inject({
      method: 'DELETE',
      url: '/api/people/00000000-0000-4000-8000-000000000000/second-factor',
    });
    expect(res.statusCode).toBe(404);
  });
});
