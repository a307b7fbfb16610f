import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZInstrumentVersion } from '@koers/shared/instrument';
import { THEME_NUMBERS } from '@koers/shared/themes';
import { createPerson } from '../../../test/fixtures.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';

describe('instrument API', () => {
  let app: FastifyInstance;
  let board: TestClient;
  beforeAll(async () => {
    app = await buildTestApp();
    // Any signed-in role may read the questionnaire; a board member has the least rights.
    const { id } = await app.db
      .insertInto('organisation')
      .values({ name: 'Stichting Test', kind: 'school_board' })
      .returning('id')
      .executeTakeFirstOrThrow();
    board = await signedIn(app, (await createPerson(app.db, [{ role: 'board_member', organisationId: id }])).email);
  });
  afterAll(() => app.close());

  it('serves the default instrument: five themes, four indicators each, in Dutch and English', async () => {
    const res = await board.inject({ method: 'GET', url: '/api/instrument/current' });
    expect(res.statusCode).toBe(200);
    const instrument = ZInstrumentVersion.strict().parse(res.json());
    expect(instrument.version).toBe(1);
    expect(instrument.status).toBe('published');
    expect(instrument.themes.map((t) => t.number)).toEqual([...THEME_NUMBERS]);
    for (const theme of instrument.themes) {
      expect(theme.indicators.map((i) => i.code)).toEqual([1, 2, 3, 4].map((n) => `${theme.number}.${n}`));
      expect(theme.question.nl).toMatch(/\?$/);
      expect(theme.question.en).toMatch(/\?$/);
    }
    expect(instrument.themes[3]?.name).toEqual({ nl: 'Data en feedback', en: 'Data and feedback' });
  });

  it('serves a version by number and 404s an unknown one', async () => {
    expect((await board.inject({ method: 'GET', url: '/api/instrument/versions/1' })).statusCode).toBe(200);
    const missing = await board.inject({ method: 'GET', url: '/api/instrument/versions/99' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND' });
    const bad = await board.inject({ method: 'GET', url: '/api/instrument/versions/one' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'params.version' }] });
  });
});
