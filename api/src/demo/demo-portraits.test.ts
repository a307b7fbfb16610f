import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TNetworkPortrait, TPeerSuggestion } from '@koers/shared/network';
import { SCENARIOS } from '@koers/shared/partnerships';
import { THEME_NUMBERS } from '@koers/shared/themes';
import { partnershipIdByName } from '../../test/fixtures.ts';
import { signedIn, type TestClient } from '../../test/session.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { DEMO_PASSWORD } from './demo-people.ts';
import { seedDemoData } from './seed-demo.ts';

describe('the demo portraits', () => {
  let app: FastifyInstance;
  let friend: TestClient;
  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    friend = await signedIn(app, 'friend@demo.koers.nl', DEMO_PASSWORD);
  });
  afterAll(() => app.close());

  it('offer every theme in every scenario, and keep the draft off the network', async () => {
    const { items } = (await friend.inject({ method: 'GET', url: '/api/network/portraits' })).json() as {
      items: TNetworkPortrait[];
    };
    for (const scenario of SCENARIOS) {
      const offered = new Set(items.filter((p) => p.scenario === scenario).flatMap((p) => p.themesOffered));
      expect([...offered].sort()).toEqual([...THEME_NUMBERS]);
    }
    expect(items.map((p) => p.name)).not.toContain('Opleidingsschool Brabant-Zuidoost');
    const draft = await app.db
      .selectFrom('network_portrait')
      .select('published_at')
      .where('partnership_id', '=', await partnershipIdByName(app.db, 'Opleidingsschool Brabant-Zuidoost'))
      .executeTakeFirstOrThrow();
    expect(draft.published_at).toBeNull();
  });

  it('give Twente Leert’s weak "Data en feedback" a peer of its own scenario to learn from', async () => {
    const twente = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    const flag = await app.db
      .selectFrom('flag')
      .select('id')
      .where('partnership_id', '=', twente)
      .where('kind', '=', 'weak')
      .where('theme_number', '=', 4)
      .where('status', '<>', 'closed')
      .executeTakeFirstOrThrow();
    const res = await friend.inject({ method: 'GET', url: `/api/flags/${flag.id}/peer-suggestions` });
    const { items } = res.json() as { items: TPeerSuggestion[] };
    expect(items[0]).toMatchObject({ sameScenario: true });
    expect(items.map((s) => s.name)).toContain('Opleidingsschool Rijnmond');
  });
});
