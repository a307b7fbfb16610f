import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZPartnership, ZPartnershipSummary } from '@koers/shared/partnerships';
import { DEMO_PARTNERSHIPS } from '../../demo/demo-partnerships.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { buildTestApp } from '../../../test/test-app.ts';

describe('partnerships API', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
  });
  afterAll(() => app.close());

  it('lists every demo partnership, sorted by name, in the schema of the contract', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/partnerships' });
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
    const { items } = (await app.inject({ method: 'GET', url: '/api/partnerships' })).json() as {
      items: { sector: string; scenario: string }[];
    };
    expect(new Set(items.map((p) => p.sector))).toEqual(new Set(['po', 'vo', 'mbo']));
    expect(new Set(items.map((p) => p.scenario))).toEqual(new Set(['A', 'B', 'C']));
  });

  it('filters by sector, scenario and a search term', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/partnerships?sector=mbo&scenario=C' });
    expect((res.json() as { items: { name: string }[] }).items.map((p) => p.name)).toEqual([
      'Opleidingsschool Flevoland',
    ]);
    const search = await app.inject({ method: 'GET', url: '/api/partnerships?search=limburg' });
    expect((search.json() as { items: { name: string }[] }).items.map((p) => p.name)).toEqual([
      'Partnerschap Limburg Leert',
    ]);
    // LIKE wildcards in the search term are matched literally.
    const literal = await app.inject({ method: 'GET', url: '/api/partnerships?search=%25' });
    expect((literal.json() as { items: unknown[] }).items).toEqual([]);
  });

  it('shows one partnership with its member organisations', async () => {
    const { items } = (await app.inject({ method: 'GET', url: '/api/partnerships?search=Domstad' })).json() as {
      items: { id: string }[];
    };
    const res = await app.inject({ method: 'GET', url: `/api/partnerships/${items[0]?.id}` });
    expect(res.statusCode).toBe(200);
    const partnership = ZPartnership.parse(res.json());
    expect(partnership.members.filter((m) => m.kind === 'institute').map((m) => m.name)).toEqual([
      'Hogeschool Domstad',
      'Universiteit Domstad',
    ]);
    expect(partnership.members.filter((m) => m.kind === 'school')).toHaveLength(3);
  });

  it('answers 404 in the error shape for a partnership that does not exist', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/partnerships/00000000-0000-4000-8000-000000000000' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', message: 'Partnership not found' });
  });

  it('rejects an unknown sector with a field path', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/partnerships?sector=hbo' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'querystring.sector' }] });
  });
});
