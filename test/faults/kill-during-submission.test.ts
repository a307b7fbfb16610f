import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// Brings in the global setup's ProvidedContext (postgresUrl).
import type {} from '../../api/test/global-setup.ts';
import { findFreePort } from '../../api/src/db/embedded-postgres.ts';
import { createEmptyDatabase, signIn, startInstance, stopInstance, waitUntilReady } from '../support/instances.ts';

const ROUNDS = 6;

/**
 * SIGKILL arrives while a submission is under way, at a different moment each round. Afterwards the
 * database holds either the whole submission (status, submission row, five summaries) or none of it,
 * and a retry with the same idempotency key yields exactly one submission.
 */
describe('the API process is killed in the middle of a submission', () => {
  let databaseUrl: string;
  let port: number;
  let child: ChildProcess;
  let db: pg.Client;

  const start = async () => {
    child = startInstance(databaseUrl, port);
    await waitUntilReady(port);
  };

  beforeAll(async () => {
    databaseUrl = await createEmptyDatabase(inject('postgresUrl'), 'koers_kill');
    port = await findFreePort();
    await start();
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await stopInstance(child);
    await db.end();
  });

  async function state(assessmentId: string) {
    const { rows } = await db.query<{ status: string; submissions: string; summaries: string }>(
      `SELECT a.status,
              (SELECT count(*) FROM submission s WHERE s.assessment_id = a.id) AS submissions,
              (SELECT count(*) FROM theme_summary t WHERE t.assessment_id = a.id) AS summaries
       FROM assessment a WHERE a.id = $1`,
      [assessmentId],
    );
    const row = rows[0];
    return { status: row?.status, submissions: Number(row?.submissions), summaries: Number(row?.summaries) };
  }

  it('leaves all of a submission or none of it, and a retry makes exactly one', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const admin = await signIn(port, 'admin@demo.koers.nl');
      const year = 2300 + round;
      const period = await admin.request('POST', '/api/periods', {
        code: `${year}-Q1`,
        opensOn: `${year}-01-01`,
        dueOn: `${year}-04-21`,
      });
      const { id: periodId } = (await period.json()) as { id: string };

      const pm = await signIn(port, 'pm@demo.koers.nl');
      const { partnershipId } = (
        await db.query<{ partnershipId: string }>(
          `SELECT id AS "partnershipId" FROM partnership WHERE name = 'Partnerschap Twente Leert'`,
        )
      ).rows[0] ?? { partnershipId: '' };
      const started = (await (
        await pm.request('POST', `/api/partnerships/${partnershipId}/assessments`, { periodId })
      ).json()) as {
        id: string;
        responses: { id: string; version: number }[];
      };
      const indicators = (await db.query<{ id: string }>('SELECT id FROM indicator')).rows;
      const answers = Object.fromEntries(indicators.map((i, n) => [i.id, (n % 4) + 1]));
      const response = started.responses[0];
      await pm.request(
        'PUT',
        `/api/assessments/${started.id}/responses/${response?.id}`,
        { answers, notes: [] },
        { 'if-match': `"${response?.version}"` },
      );

      const key = `kill-round-${round}`;
      const submit = () =>
        pm.request('POST', `/api/assessments/${started.id}/submission`, undefined, { 'idempotency-key': key });
      const inFlight = submit().then(
        (res) => res.status,
        () => 'connection lost',
      );
      // A different moment each round: before, during and after the transaction.
      await new Promise((resolve) => setTimeout(resolve, round * 4));
      await stopInstance(child, 'SIGKILL');
      const acknowledged = await inFlight;

      const after = await state(started.id);
      const whole = after.status === 'submitted' && after.submissions === 1 && after.summaries === 5;
      const none = after.status === 'draft' && after.submissions === 0 && after.summaries === 0;
      expect(whole || none, JSON.stringify(after)).toBe(true);
      // An acknowledged submission is never lost.
      if (acknowledged === 201) expect(whole).toBe(true);
      outcomes.push(whole ? 'whole' : 'none');

      await start();
      const pmAgain = await signIn(port, 'pm@demo.koers.nl');
      const retry = await pmAgain.request('POST', `/api/assessments/${started.id}/submission`, undefined, {
        'idempotency-key': key,
      });
      expect([200, 201]).toContain(retry.status);
      expect(await state(started.id)).toEqual({ status: 'submitted', submissions: 1, summaries: 5 });
    }
    expect(outcomes).toHaveLength(ROUNDS);
  });
});
