import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZPartnership, ZPartnershipSummary } from '@koers/shared/partnerships';
import { DEMO_PARTNERSHIPS } from '../../demo/demo-partnerships.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { createPerson, partnershipIdByName } from '../../../test/fixtures.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';

describe('partnerships API', () => {
  let app: FastifyInstance;
  let admin: TestClient;
  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
  });
  afterAll(() => app.close());

  it('lists every demo partnership, sorted by name, in the schema of the contract', async () => {
    const res = await admin.inject({ method: 'GET', url: '/api/partnerships' });
    expect(res.statusCode).toBe(200);
    const { items } = res.json() as { items: unknown[] };
    const parsed = items.map((item) => ZPartnershipSummary.strict().parse(item));
    expect(parsed.map((p) => p.name)).toEqual(
      DEMO_PARTNERSHIPS.map((p) => p.name).sort((a, b) => a.localeCompare(b, 'en')),
    );
    const twente = parsed.find((p) => p.name === 'Partnerschap Twente Leert');
    // One institute, two boards and their five schools.
    expect(twente?.memberCount).toBe(8);
  });

  it('spans the three sectors and the three scenarios', async () => {
    const { items } = (await admin.inject({ method: 'GET', url: '/api/partnerships' })).json() as {
      items: { sector: string; scenario: string }[];
    };
    expect(new Set(items.map((p) => p.sector))).toEqual(new Set(['po', 'vo', 'mbo']));
    expect(new Set(items.map((p) => p.scenario))).toEqual(new Set(['A', 'B', 'C']));
  });

  it('filters by sector, scenario and a search term', async () => {
    const res = await admin.inject({ method: 'GET', url: '/api/partnerships?sector=mbo&scenario=C' });
    expect((res.json() as { items: { name: string }[] }).items.map((p) => p.name)).toEqual([
      'Opleidingsschool Flevoland',
      'Opleidingsschool Zwolle-Vecht',
    ]);
    const search = await admin.inject({ method: 'GET', url: '/api/partnerships?search=limburg' });
    expect((search.json() as { items: { name: string }[] }).items.map((p) => p.name)).toEqual([
      'Partnerschap Limburg Leert',
    ]);
    // LIKE wildcards in the search term are matched literally.
    const literal = await admin.inject({ method: 'GET', url: '/api/partnerships?search=%25' });
    expect((literal.json() as { items: unknown[] }).items).toEqual([]);
  });

  it('shows one partnership with its member organisations', async () => {
    const { items } = (await admin.inject({ method: 'GET', url: '/api/partnerships?search=Domstad' })).json() as {
      items: { id: string }[];
    };
    const res = await admin.inject({ method: 'GET', url: `/api/partnerships/${items[0]?.id}` });
    expect(res.statusCode).toBe(200);
    const partnership = ZPartnership.parse(res.json());
    expect(partnership.members.filter((m) => m.kind === 'institute').map((m) => m.name)).toEqual([
      'Hogeschool Domstad',
      'Universiteit Domstad',
    ]);
    expect(partnership.members.filter((m) => m.kind === 'school')).toHaveLength(3);
  });

  it('answers 404 in the error shape for a partnership that does not exist', async () => {
    const res = await admin.inject({ method: 'GET', url: '/api/partnerships/00000000-0000-4000-8000-000000000000' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', message: 'Partnership not found' });
  });

  it('rejects an unknown sector with a field path', async () => {
    const res = await admin.inject({ method: 'GET', url: '/api/partnerships?sector=hbo' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'querystring.sector' }] });
  });

  it('asks for sign-in first', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/partnerships' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('shows a programme manager only their own partnership, and others as if they did not exist', async () => {
    const own = await partnershipIdByName(app.db, 'Opleidingsschool Rijnmond');
    const other = await partnershipIdByName(app.db, 'Opleidingsschool Flevoland');
    const pm = await signedIn(
      app,
      (await createPerson(app.db, [{ role: 'programme_manager', partnershipId: own }])).email,
    );

    const list = (await pm.inject({ method: 'GET', url: '/api/partnerships' })).json() as { items: { id: string }[] };
    expect(list.items.map((p) => p.id)).toEqual([own]);
    expect((await pm.inject({ method: 'GET', url: `/api/partnerships/${own}` })).statusCode).toBe(200);

    const foreign = await pm.inject({ method: 'GET', url: `/api/partnerships/${other}` });
    const missing = await pm.inject({ method: 'GET', url: '/api/partnerships/00000000-0000-4000-8000-000000000000' });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual({ ...(missing.json() as object), requestId: foreign.json().requestId });
  });

  it('lets an admin create a partnership with members, rename it and replace its members, each audited', async () => {
    const { items } = (await admin.inject({ method: 'GET', url: '/api/organisations?kind=institute' })).json() as {
      items: { id: string }[];
    };
    const created = await admin.inject({
      method: 'POST',
      url: '/api/partnerships',
      payload: {
        name: 'Opleidingsschool Nieuw',
        region: 'Drenthe',
        sector: 'po',
        scenario: 'B',
        memberOrganisationIds: [items[0]?.id],
      },
    });
    expect(created.statusCode).toBe(201);
    const { id, members } = ZPartnership.parse(created.json());
    expect(members).toHaveLength(1);

    const renamed = await admin.inject({
      method: 'PATCH',
      url: `/api/partnerships/${id}`,
      payload: { name: 'Opleidingsschool Drenthe' },
    });
    expect(renamed.json()).toMatchObject({ name: 'Opleidingsschool Drenthe', region: 'Drenthe' });

    const replaced = await admin.inject({
      method: 'PUT',
      url: `/api/partnerships/${id}/members`,
      payload: { organisationIds: [items[1]?.id, items[2]?.id] },
    });
    expect(ZPartnership.parse(replaced.json()).members).toHaveLength(2);

    const duplicate = await admin.inject({
      method: 'POST',
      url: '/api/partnerships',
      payload: { name: 'Opleidingsschool Drenthe', region: 'Drenthe', sector: 'po', scenario: 'B' },
    });
    expect(duplicate.statusCode).toBe(409);

    const audit = await app.db
      .selectFrom('audit_log')
      .select('action')
      .where('partnership_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'partnership.created',
      'partnership.updated',
      'partnership.members-replaced',
    ]);
  });

  it('lists the people who work on a partnership, without their email addresses', async () => {
    const id = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    const res = await admin.inject({ method: 'GET', url: `/api/partnerships/${id}/people` });
    expect(res.json()).toEqual({
      items: [
        { id: expect.any(String), displayName: 'Priya Manders', role: 'programme_manager' },
        { id: expect.any(String), displayName: 'Frank Vriend', role: 'critical_friend' },
      ],
    });
    expect(res.body).not.toContain('@');
  });
});
