import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TInstrumentVersion, ZInstrumentVersion } from '@koers/shared/instrument';
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

describe('questionnaire versions', () => {
  let app: FastifyInstance;
  let admin: TestClient;
  let v1: TInstrumentVersion;

  beforeAll(async () => {
    app = await buildTestApp();
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
    v1 = ZInstrumentVersion.parse((await admin.inject({ method: 'GET', url: '/api/instrument/current' })).json());
  });
  afterAll(() => app.close());

  /** Version 2: theme 4 rewords 4.1, keeps 4.3, retires 4.2 and 4.4 and adds 4.5; the rest carries over. */
  function draftFrom(current: TInstrumentVersion, continues: (id: string) => string | null = (id) => id) {
    return {
      title: { nl: 'Monitor vijf kernthema’s (versie 2)', en: 'Five core themes monitor (version 2)' },
      themes: current.themes.map((theme) => ({
        number: theme.number,
        name: theme.name,
        question: theme.question,
        indicators:
          theme.number !== 4
            ? theme.indicators.map((i) => ({ code: i.code, text: i.text, continuesIndicatorId: continues(i.id) }))
            : [
                {
                  code: '4.1',
                  text: {
                    nl: 'Het partnerschap verzamelt en deelt gegevens over opbrengsten.',
                    en: 'The partnership collects and shares outcome data.',
                  },
                  continuesIndicatorId: continues(theme.indicators[0]?.id ?? ''),
                },
                {
                  code: '4.3',
                  text: theme.indicators[2]?.text ?? { nl: '', en: '' },
                  continuesIndicatorId: continues(theme.indicators[2]?.id ?? ''),
                },
                {
                  code: '4.5',
                  text: {
                    nl: 'Studenten praten mee over wat de data betekenen.',
                    en: 'Students help interpret what the data mean.',
                  },
                  continuesIndicatorId: null,
                },
              ],
      })),
    };
  }

  it('refuses a continuation of an indicator that is not in a published version', async () => {
    const res = await admin.inject({
      method: 'POST',
      url: '/api/instrument/versions',
      payload: draftFrom(v1, () => '00000000-0000-4000-8000-000000000000'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      details: expect.arrayContaining([
        { path: 'body.themes.0.indicators.0.continuesIndicatorId', message: expect.any(String) },
      ]),
    });
  });

  it('drafts, hides the draft from others, publishes, and then never lets a version in use change', async () => {
    const created = await admin.inject({ method: 'POST', url: '/api/instrument/versions', payload: draftFrom(v1) });
    expect(created.statusCode).toBe(201);
    const draft = ZInstrumentVersion.parse(created.json());
    expect(draft).toMatchObject({ version: 2, status: 'draft' });
    expect(draft.themes[3]?.indicators.map((i) => i.code)).toEqual(['4.1', '4.3', '4.5']);

    const pm = await signedIn(app, (await createPerson(app.db, [])).email);
    expect((await pm.inject({ method: 'GET', url: '/api/instrument/versions/2' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/instrument/versions/2' })).statusCode).toBe(404);
    const listed = (await pm.inject({ method: 'GET', url: '/api/instrument/versions' })).json() as {
      items: { version: number }[];
    };
    expect(listed.items.map((v) => v.version)).toEqual([1]);

    // A draft can still change.
    const edited = await admin.inject({ method: 'PUT', url: '/api/instrument/versions/2', payload: draftFrom(v1) });
    expect(edited.statusCode).toBe(200);

    // Opened again, the draft says which indicator each one continues, as saved: the editor shows that.
    const reopened = ZInstrumentVersion.parse(
      (await admin.inject({ method: 'GET', url: '/api/instrument/versions/2' })).json(),
    );
    expect(reopened.themes[3]?.indicators.map((i) => [i.code, i.continuesIndicatorId])).toEqual([
      ['4.1', v1.themes[3]?.indicators[0]?.id],
      ['4.3', v1.themes[3]?.indicators[2]?.id],
      ['4.5', null],
    ]);
    expect(v1.themes.flatMap((t) => t.indicators).every((i) => i.continuesIndicatorId === null)).toBe(true);

    const published = await admin.inject({ method: 'POST', url: '/api/instrument/versions/2/publication' });
    expect(published.json()).toMatchObject({ version: 2, status: 'published' });
    expect(
      ZInstrumentVersion.parse((await pm.inject({ method: 'GET', url: '/api/instrument/current' })).json()).version,
    ).toBe(2);
    expect(
      ZInstrumentVersion.parse((await pm.inject({ method: 'GET', url: '/api/instrument/versions/1' })).json()).status,
    ).toBe('retired');

    expect(
      (await admin.inject({ method: 'PUT', url: '/api/instrument/versions/2', payload: draftFrom(v1) })).statusCode,
    ).toBe(409);
    expect(
      (await admin.inject({ method: 'PUT', url: '/api/instrument/versions/1', payload: draftFrom(v1) })).statusCode,
    ).toBe(409);
    expect((await admin.inject({ method: 'POST', url: '/api/instrument/versions/2/publication' })).statusCode).toBe(
      409,
    );

    // The mapping is kept: the reworded 4.1 continues version 1's 4.1.
    const mapped = await app.db
      .selectFrom('indicator as i')
      .innerJoin('theme as t', 't.id', 'i.theme_id')
      .innerJoin('instrument_version as v', 'v.id', 't.instrument_version_id')
      .select(['i.code', 'i.continues_indicator_id'])
      .where('v.version', '=', 2)
      .where('t.number', '=', 4)
      .orderBy('i.position')
      .execute();
    expect(mapped.map((m) => m.continues_indicator_id)).toEqual([
      v1.themes[3]?.indicators[0]?.id,
      v1.themes[3]?.indicators[2]?.id,
      null,
    ]);
  });

  it('answers a retired version, to anyone, with the indicators each of its indicators continues', async () => {
    const v2 = ZInstrumentVersion.parse((await app.inject({ method: 'GET', url: '/api/instrument/current' })).json());
    expect(v2.version).toBe(2);
    expect(
      (await admin.inject({ method: 'POST', url: '/api/instrument/versions', payload: draftFrom(v2) })).statusCode,
    ).toBe(201);
    expect((await admin.inject({ method: 'POST', url: '/api/instrument/versions/3/publication' })).statusCode).toBe(
      200,
    );

    // Read without a session, as a respondent's link or an integration would: from the stored version.
    const res = await app.inject({ method: 'GET', url: '/api/instrument/versions/2' });
    expect(res.statusCode).toBe(200);
    const retired = ZInstrumentVersion.strict().parse(res.json());
    expect(retired.status).toBe('retired');
    expect(retired.themes).toEqual(v2.themes);
    expect(retired.themes[3]?.indicators.map((i) => [i.code, i.continuesIndicatorId])).toEqual([
      ['4.1', v1.themes[3]?.indicators[0]?.id],
      ['4.3', v1.themes[3]?.indicators[2]?.id],
      ['4.5', null],
    ]);
    expect(retired.themes[0]?.indicators.map((i) => i.continuesIndicatorId)).toEqual(
      v1.themes[0]?.indicators.map((i) => i.id),
    );
  });
});
