import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// Brings in the global setup's ProvidedContext (postgresUrl).
import type {} from '../../api/test/global-setup.ts';
import { findFreePort } from '../../api/src/db/embedded-postgres.ts';
import { createEmptyDatabase, signIn, startInstance, stopInstance, waitUntilReady } from '../support/instances.ts';

const POOL_SIZE = 4;
// Shorter than the default, so that a request turned away by the pool and one that waited for a row
// lock (lock_timeout, 3 s) cannot be mistaken for each other.
const CONNECTION_TIMEOUT_MS = 1_000;
const LOCK_TIMEOUT_MS = 3_000;
// For a busy two-core CI machine that runs other test files at the same time, and the queries a request
// makes before it asks for the connection it is refused.
const MACHINE_MARGIN_MS = 1_000;
// A request without an answer after this long counts as a hang.
const HANG_MS = 15_000;

/**
 * Five times the pool size in concurrent slow requests: submissions of one assessment whose row another
 * session holds locked, so each request that gets a connection keeps it while it waits for the lock.
 * The pool's worth of requests that got a connection finish (503 at the lock timeout); the excess is
 * turned away with 503 and Retry-After within the pool's connection timeout; nothing hangs; and the
 * API serves normally afterwards.
 */
describe('five times the pool size in concurrent slow requests', () => {
  let child: ChildProcess;
  let port: number;
  let databaseUrl: string;
  let db: pg.Client;

  beforeAll(async () => {
    databaseUrl = await createEmptyDatabase(inject('postgresUrl'), 'koers_pool');
    port = await findFreePort();
    child = startInstance(databaseUrl, port, {
      KOERS_DB_POOL_SIZE: String(POOL_SIZE),
      KOERS_DB_CONNECTION_TIMEOUT_MS: String(CONNECTION_TIMEOUT_MS),
      // Every 503 logs a warning, which says nothing here.
      LOG_LEVEL: 'error',
    });
    await waitUntilReady(port);
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await stopInstance(child);
    await db.end();
  });

  it('turns the excess away with 503 within the connection timeout, and nothing hangs', async () => {
    const admin = await signIn(port, 'admin@demo.koers.nl');
    const pm = await signIn(port, 'pm@demo.koers.nl');
    const period = await admin.request('POST', '/api/periods', {
      code: '2410-Q1',
      opensOn: '2410-01-01',
      dueOn: '2410-04-21',
    });
    const { id: periodId } = (await period.json()) as { id: string };
    const { items } = (await (await pm.request('GET', '/api/partnerships')).json()) as { items: { id: string }[] };
    const draft = (await (
      await pm.request('POST', `/api/partnerships/${items[0]?.id}/assessments`, { periodId })
    ).json()) as { id: string; responses: { id: string; version: number }[] };
    const { rows: indicators } = await db.query<{ id: string }>(
      `SELECT i.id FROM indicator i JOIN theme t ON t.id = i.theme_id
       JOIN assessment a ON a.instrument_version_id = t.instrument_version_id WHERE a.id = $1`,
      [draft.id],
    );
    const saved = await pm.request(
      'PUT',
      `/api/assessments/${draft.id}/responses/${draft.responses[0]?.id}`,
      { answers: Object.fromEntries(indicators.map((i) => [i.id, 3])), notes: [] },
      { 'if-match': `"${draft.responses[0]?.version}"` },
    );
    expect(saved.status).toBe(200);

    const submit = (signal?: AbortSignal) =>
      pm.request(
        'POST',
        `/api/assessments/${draft.id}/submission`,
        undefined,
        { 'idempotency-key': 'pool-storm-1' },
        signal,
      );

    // Another session (a long report, a migration) holds the assessment's row.
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM assessment WHERE id = $1 FOR UPDATE', [draft.id]);
    let outcomes: { status: number | 'no answer'; retryAfter: string | null; ms: number }[];
    try {
      outcomes = await Promise.all(
        Array.from({ length: 5 * POOL_SIZE }, async () => {
          const started = Date.now();
          try {
            const res = await submit(AbortSignal.timeout(HANG_MS));
            return { status: res.status, retryAfter: res.headers.get('retry-after'), ms: Date.now() - started };
          } catch {
            return { status: 'no answer' as const, retryAfter: null, ms: Date.now() - started };
          }
        }),
      );
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }

    // Every request is answered, with 503 and a Retry-After: no hang, no other error.
    expect(outcomes.filter((o) => o.status !== 503 || !/^\d+$/.test(o.retryAfter ?? ''))).toEqual([]);
    // The excess (all but one pool's worth) is turned away within the connection timeout.
    const turnedAway = outcomes.filter((o) => o.ms < CONNECTION_TIMEOUT_MS + MACHINE_MARGIN_MS);
    expect(turnedAway.length).toBeGreaterThanOrEqual(4 * POOL_SIZE);
    // The rest held a connection while they waited for the lock, and then answered too. PostgreSQL's
    // lock_timeout applies to each lock it waits for: a second waiter queues first for the row, then for
    // the holder's transaction, so one request can wait up to twice the lock timeout.
    const waited = outcomes.filter((o) => o.ms >= CONNECTION_TIMEOUT_MS + MACHINE_MARGIN_MS);
    expect(waited.length).toBeLessThanOrEqual(POOL_SIZE);
    for (const o of waited) expect(o.ms).toBeLessThan(2 * LOCK_TIMEOUT_MS + CONNECTION_TIMEOUT_MS + MACHINE_MARGIN_MS);

    // Once the lock is gone the API serves normally: the same submission goes through, exactly once.
    expect((await fetch(`http://127.0.0.1:${port}/api/readyz`)).status).toBe(200);
    expect((await submit()).status).toBe(201);
    expect((await submit()).status).toBe(200);
    const { rows } = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM submission WHERE assessment_id = $1',
      [draft.id],
    );
    expect(rows[0]?.n).toBe(1);
  });
});
