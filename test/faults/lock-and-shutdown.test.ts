import type { ChildProcess } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// Brings in the global setup's ProvidedContext (postgresUrl).
import type {} from '../../api/test/global-setup.ts';
import { createAssessment, createPerson, partnershipIdByName } from '../../api/test/fixtures.ts';
import { signedIn } from '../../api/test/session.ts';
import { buildTestApp, createTestDatabase } from '../../api/test/test-app.ts';
import { findFreePort } from '../../api/src/db/embedded-postgres.ts';
import { seedDemoData } from '../../api/src/demo/seed-demo.ts';
import { createEmptyDatabase, signIn, startInstance, waitUntilReady } from '../support/instances.ts';

describe('a row lock held elsewhere', () => {
  let app: FastifyInstance;
  let url: string;
  beforeAll(async () => {
    url = await createTestDatabase();
    app = await buildTestApp({ connectionString: url });
    await seedDemoData(app.db);
  });
  afterAll(() => app.close());

  it('answers 503 with Retry-After within the lock timeout, instead of hanging', async () => {
    const partnershipId = await partnershipIdByName(app.db, 'Partnerschap Twente Leert');
    const pm = await createPerson(app.db, [{ role: 'programme_manager', partnershipId }]);
    const { assessmentId } = await createAssessment(app.db, { partnershipId, personId: pm.id, scored: true });
    const client = await signedIn(app, pm.email);

    // Another session (a migration, a long report) holds the assessment's row.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM assessment WHERE id = $1 FOR UPDATE', [assessmentId]);
    try {
      const started = Date.now();
      const res = await client.inject({
        method: 'POST',
        url: `/api/assessments/${assessmentId}/submission`,
        headers: { 'idempotency-key': 'locked-out-1' },
      });
      const waited = Date.now() - started;
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBeDefined();
      // lock_timeout is 3 s; allow for a busy machine, but never an open-ended wait.
      expect(waited).toBeLessThan(8_000);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    // Once the lock is gone, the same request succeeds.
    const retry = await client.inject({
      method: 'POST',
      url: `/api/assessments/${assessmentId}/submission`,
      headers: { 'idempotency-key': 'locked-out-1' },
    });
    expect(retry.statusCode).toBe(201);
  });
});

describe('SIGTERM while requests are in flight', () => {
  let child: ChildProcess;
  let port: number;

  beforeAll(async () => {
    const url = await createEmptyDatabase(inject('postgresUrl'), 'koers_sigterm');
    port = await findFreePort();
    child = startInstance(url, port, { LOG_LEVEL: process.env.DEBUG_SIGTERM ? 'debug' : 'warn' });
    await waitUntilReady(port);
  });

  it('lets the requests in flight finish, then exits cleanly', async () => {
    const pm = await signIn(port, 'pm@demo.koers.nl');
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const inFlight = Array.from({ length: 20 }, () => pm.request('GET', '/api/partnerships').then((r) => r.status));
    // The requests are on their way; ask the process to stop while it serves them.
    await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGTERM');
    const outcomes = await Promise.allSettled(inFlight);
    const answered = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    // Requests it had accepted are answered (200); ones that arrive while it closes are turned away at
    // once (503), or find their reused keep-alive connection closed (a reset the client may retry).
    // Nothing answers with an error of the server's own, and the process exits cleanly, in time.
    expect(answered).toContain(200);
    expect(answered.every((status) => status === 200 || status === 503)).toBe(true);
    expect(await exit).toBe(0);
  });
});

describe('SIGTERM while a request whose client has gone is still at work', () => {
  it('lets it finish before the pool closes: its write is whole and nothing fails', async () => {
    const url = await createEmptyDatabase(inject('postgresUrl'), 'koers_sigterm_gone');
    const port = await findFreePort();
    const child = startInstance(url, port, { LOG_LEVEL: 'warn' }, { output: 'pipe' });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => (output += chunk));
    await waitUntilReady(port);
    const database = new pg.Client({ connectionString: url });
    await database.connect();
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      const pm = await signIn(port, 'pm@demo.koers.nl');
      const [ids] = (
        await database.query<{ partnership: string; period: string }>(
          `SELECT (SELECT id FROM partnership WHERE name = 'Partnerschap Twente Leert') AS partnership,
                  (SELECT id FROM period WHERE code = '2026-Q4') AS period`,
        )
      ).rows;
      const started = await pm.request('POST', `/api/partnerships/${ids?.partnership}/assessments`, {
        periodId: ids?.period,
      });
      const assessment = (await started.json()) as { id: string; responses: { id: string }[] };
      const indicators = await database.query<{ id: string }>(
        `SELECT i.id FROM indicator i JOIN theme t ON t.id = i.theme_id
         JOIN instrument_version v ON v.id = t.instrument_version_id WHERE v.status = 'published'`,
      );
      const saved = await pm.request(
        'PUT',
        `/api/assessments/${assessment.id}/responses/${assessment.responses[0]?.id}`,
        { answers: Object.fromEntries(indicators.rows.map(({ id }) => [id, 2])), notes: [] },
        { 'if-match': '"1"' },
      );
      expect(saved.status).toBe(200);

      // Another session holds the assessment's row: the submission waits for it, and its client gives up.
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM assessment WHERE id = $1 FOR UPDATE', [assessment.id]);
      const gone = new AbortController();
      const submission = pm
        .request(
          'POST',
          `/api/assessments/${assessment.id}/submission`,
          undefined,
          { 'idempotency-key': 'client-gone-1' },
          gone.signal,
        )
        .catch(() => 'aborted');
      await new Promise((resolve) => setTimeout(resolve, 300));
      gone.abort();
      expect(await submission).toBe('aborted');

      // Stop while the submission still waits; then the lock goes and the submission goes on.
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 500));
      await holder.query('ROLLBACK');

      expect(await exit).toBe(0);
      const stored = await database.query<{ submissions: string; summaries: string }>(
        `SELECT (SELECT count(*) FROM submission WHERE assessment_id = $1) AS submissions,
                (SELECT count(*) FROM theme_summary WHERE assessment_id = $1) AS summaries`,
        [assessment.id],
      );
      expect(stored.rows[0]).toEqual({ submissions: '1', summaries: '5' });
      // Its last reads after the commit ran on an open pool: no error (pino level 50 and up) was logged.
      expect(output).not.toMatch(/"level":(50|60)/);
    } finally {
      await holder.end();
      await database.end();
    }
  });
});
