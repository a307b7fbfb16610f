import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { expect } from 'vitest';
import { ZAssessment } from '@koers/shared/assessments';
import type { TScenario } from '@koers/shared/partnerships';
import { peerMedian } from '../src/modules/dashboards/peer-median.ts';
import { createPerson, TEST_PASSWORD } from './fixtures.ts';
import { signedIn, type TestClient } from './session.ts';

/** Partnerships of one scenario made through the API, with an admin and one programme manager of them all. */
export type TPeerGroup = { admin: TestClient; pm: TestClient; pmEmail: string; partnershipIds: string[] };

export async function createPeerGroup(app: FastifyInstance, scenario: TScenario, count: number): Promise<TPeerGroup> {
  const admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
  const partnershipIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await admin.inject({
      method: 'POST',
      url: '/api/partnerships',
      // Each its own region: no other kept figure (the theme averages) ties their writes together.
      payload: { name: `Peer ${scenario} ${i} ${Date.now()}`, region: `Regio ${i}`, sector: 'po', scenario },
    });
    expect(res.statusCode).toBe(201);
    partnershipIds.push((res.json() as { id: string }).id);
  }
  const grants = partnershipIds.map((partnershipId) => ({ role: 'programme_manager' as const, partnershipId }));
  const { email: pmEmail } = await createPerson(app.db, grants);
  return { admin, pm: await signedIn(app, pmEmail, TEST_PASSWORD), pmEmail, partnershipIds };
}

/** A quarter opened by the admin, through the API. */
export async function openPeriod(admin: TestClient, code: string): Promise<string> {
  const res = await admin.inject({
    method: 'POST',
    url: '/api/periods',
    payload: { code, opensOn: '2030-01-01', dueOn: '2030-04-21' },
  });
  expect(res.statusCode).toBe(201);
  return (res.json() as { id: string }).id;
}

/**
 * Starts the partnership's assessment of the quarter, answers every indicator (scores vary with `seed`,
 * so themes and partnerships differ) and returns how to submit it.
 */
export async function answeredAssessment(pm: TestClient, partnershipId: string, periodId: string, seed: number) {
  const instrument = (await pm.inject({ method: 'GET', url: '/api/instrument/current' })).json() as {
    themes: { indicators: { id: string }[] }[];
  };
  const started = await pm.inject({
    method: 'POST',
    url: `/api/partnerships/${partnershipId}/assessments`,
    payload: { periodId },
  });
  expect([200, 201]).toContain(started.statusCode);
  const assessment = ZAssessment.parse(started.json());
  const response = assessment.responses[0];
  const answers = Object.fromEntries(
    instrument.themes.flatMap((t, theme) => t.indicators.map((i, n) => [i.id, ((seed * (theme + 1) + n) % 4) + 1])),
  );
  const saved = await pm.inject({
    method: 'PUT',
    url: `/api/assessments/${assessment.id}/responses/${response?.id}`,
    headers: { 'if-match': `"${response?.version}"` },
    payload: { answers, notes: [] },
  });
  expect(saved.statusCode).toBe(200);
  return {
    assessmentId: assessment.id,
    submit: (client: TestClient = pm) =>
      client.inject({
        method: 'POST',
        url: `/api/assessments/${assessment.id}/submission`,
        headers: { 'idempotency-key': `submit-${assessment.id}-${Date.now()}` },
      }),
  };
}

/**
 * The kept peer figures against a full recomputation over every submitted summary: for every partnership,
 * quarter and theme, the median and count of the other partnerships of its scenario as SQL computes them
 * afresh, and as the kept figures give them. Returns how many comparisons were made.
 */
export async function expectPeerFiguresExact(app: FastifyInstance): Promise<number> {
  const recomputed = await sql<{
    scenario: TScenario;
    period_id: string;
    theme_number: number;
    own: string | null;
    peers: string;
    median: number | null;
  }>`
    SELECT mp.scenario, me.period_id, me.theme_number, me.score AS own,
           count(o.score) AS peers, percentile_cont(0.5) WITHIN GROUP (ORDER BY o.score) AS median
    FROM theme_summary me JOIN partnership mp ON mp.id = me.partnership_id
    LEFT JOIN (theme_summary o JOIN partnership op ON op.id = o.partnership_id)
      ON o.period_id = me.period_id AND o.theme_number = me.theme_number AND op.scenario = mp.scenario
         AND o.partnership_id <> me.partnership_id AND o.score IS NOT NULL
    GROUP BY me.partnership_id, mp.scenario, me.period_id, me.theme_number, me.score
  `.execute(app.db);
  const kept = await app.db.selectFrom('peer_figure').selectAll().execute();
  const figureOf = (r: { scenario: string; period_id: string; theme_number: number }) =>
    kept.find((k) => k.scenario === r.scenario && k.period_id === r.period_id && k.theme_number === r.theme_number);

  for (const row of recomputed.rows) {
    const figure = figureOf(row);
    const fromKept = figure
      ? peerMedian(
          { partnershipCount: figure.partnership_count, middleScores: figure.middle_scores.map(Number) },
          row.own === null ? null : Number(row.own),
        )
      : { peers: 0, median: null };
    expect(fromKept.peers).toBe(Number(row.peers));
    if (row.median === null) expect(fromKept.median).toBeNull();
    else expect(fromKept.median).toBeCloseTo(row.median, 9);
  }
  // No kept group without summaries behind it, and each counts exactly its scored partnerships.
  const groups = await sql<{ scenario: string; period_id: string; theme_number: number; n: number }>`
    SELECT p.scenario, s.period_id, s.theme_number, count(*)::integer AS n
    FROM theme_summary s JOIN partnership p ON p.id = s.partnership_id
    WHERE s.score IS NOT NULL GROUP BY p.scenario, s.period_id, s.theme_number
  `.execute(app.db);
  expect(kept.map((k) => `${k.scenario}/${k.period_id}/${k.theme_number}:${k.partnership_count}`).sort()).toEqual(
    groups.rows.map((g) => `${g.scenario}/${g.period_id}/${g.theme_number}:${g.n}`).sort(),
  );
  // The counts per score the figures are read from: no score left at zero, none missing.
  const counted = await sql<{ line: string }>`
    SELECT scenario || '/' || period_id || '/' || theme_number || '/' || score || ':' || partnership_count AS line
    FROM peer_score ORDER BY 1
  `.execute(app.db);
  const fromSummaries = await sql<{ line: string }>`
    SELECT p.scenario || '/' || s.period_id || '/' || s.theme_number || '/' || s.score || ':' || count(*) AS line
    FROM theme_summary s JOIN partnership p ON p.id = s.partnership_id
    WHERE s.score IS NOT NULL GROUP BY p.scenario, s.period_id, s.theme_number, s.score ORDER BY 1
  `.execute(app.db);
  expect(counted.rows).toEqual(fromSummaries.rows);
  return recomputed.rows.length;
}

/** A partnership's peer median per theme in a quarter, computed afresh from every submitted summary. */
export async function recomputedPeerMedians(app: FastifyInstance, partnershipId: string, periodId: string) {
  const { rows } = await sql<{ theme_number: number; peers: string; median: number }>`
    SELECT o.theme_number, count(*) AS peers, percentile_cont(0.5) WITHIN GROUP (ORDER BY o.score) AS median
    FROM theme_summary o JOIN partnership op ON op.id = o.partnership_id
    WHERE o.period_id = ${periodId} AND o.score IS NOT NULL AND o.partnership_id <> ${partnershipId}
      AND op.scenario = (SELECT scenario FROM partnership WHERE id = ${partnershipId})
    GROUP BY o.theme_number ORDER BY o.theme_number
  `.execute(app.db);
  return rows.map((r) => ({ theme: r.theme_number, peers: Number(r.peers), median: r.median }));
}
