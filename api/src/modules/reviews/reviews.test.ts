import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZReview } from '@koers/shared/follow-up';
import { partnershipIdByName } from '../../../test/fixtures.ts';
import { inbox } from '../../../test/follow-up-client.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { DEMO_PASSWORD } from '../../demo/demo-people.ts';

describe('the critical friend’s review and sharing it with board members', () => {
  let app: FastifyInstance;
  let friend: TestClient;
  let pm: TestClient;
  let twente: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    twente = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    friend = await signedIn(app, 'friend@demo.koers.nl', DEMO_PASSWORD);
    pm = await signedIn(app, 'pm@demo.koers.nl', DEMO_PASSWORD);
  });
  afterAll(() => app.close());

  it('lets the friend review a submitted assessment; the manager is told and responds; board members see the summary only when shared', async () => {
    const assessment = await app.db
      .selectFrom('assessment as a')
      .innerJoin('period as p', 'p.id', 'a.period_id')
      .select('a.id')
      .where('a.partnership_id', '=', twente)
      .where('p.code', '=', '2026-Q3')
      .executeTakeFirstOrThrow();
    const written = await friend.inject({
      method: 'PUT',
      url: `/api/assessments/${assessment.id}/review`,
      payload: {
        summary: 'Goede stappen; data blijven achter.',
        questionBehind: 'Wie is eigenaar van de data?',
        themeRemarks: [{ theme: 4, remark: 'Plan een datagesprek.' }],
      },
    });
    expect(written.statusCode).toBe(200);
    expect((await inbox(pm)).items.map((n) => n.kind)).toContain('review_new');

    const responded = await pm.inject({
      method: 'POST',
      url: `/api/assessments/${assessment.id}/review/response`,
      payload: { text: 'Dank; we plannen het gesprek.' },
    });
    expect(ZReview.parse(responded.json()).response).toMatchObject({
      text: 'Dank; we plannen het gesprek.',
      by: 'Priya Manders',
    });
    expect(
      (
        await pm.inject({
          method: 'PUT',
          url: `/api/assessments/${assessment.id}/review`,
          payload: { summary: 'Eigen review' },
        })
      ).statusCode,
    ).toBe(403);

    const board = await signedIn(app, 'board@demo.koers.nl', DEMO_PASSWORD);
    const hidden = ZReview.parse(
      (
        (await board.inject({ method: 'GET', url: `/api/assessments/${assessment.id}/review` })).json() as {
          review: unknown;
        }
      ).review,
    );
    expect(hidden).toMatchObject({ summary: null, questionBehind: null, themeRemarks: [], author: 'Frank Vriend' });
    expect(
      (
        await board.inject({
          method: 'PUT',
          url: `/api/partnerships/${twente}/sharing`,
          payload: { sharesWithBoard: true },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await pm.inject({
          method: 'PUT',
          url: `/api/partnerships/${twente}/sharing`,
          payload: { sharesWithBoard: true },
        })
      ).statusCode,
    ).toBe(200);
    const shared = ZReview.parse(
      (
        (await board.inject({ method: 'GET', url: `/api/assessments/${assessment.id}/review` })).json() as {
          review: unknown;
        }
      ).review,
    );
    expect(shared.summary).toBe('Goede stappen; data blijven achter.');
  });

  it('records every review and sharing change in the audit log', async () => {
    const actions = await app.db
      .selectFrom('audit_log')
      .select('action')
      .where('partnership_id', '=', twente)
      .execute();
    for (const expected of ['review.written', 'review.responded', 'partnership.sharing']) {
      expect(actions.map((a) => a.action)).toContain(expected);
    }
  });
});
