import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TEmbeddedDatabase, findFreePort, startEmbeddedPostgres } from '../../api/src/db/embedded-postgres.ts';
import { signIn, startInstance, stopInstance, waitUntilReady } from '../support/instances.ts';

// The bounds: data routes answer within a second while PostgreSQL is away, and full service is
// back within 10 s of its return. The margin is for a busy two-core CI machine that runs other test
// files at the same time; the answers themselves take milliseconds.
const OUTAGE_ANSWER_MS = 1_000;
const MACHINE_MARGIN_MS = 500;
const RECOVERY_MS = 10_000;
const OUTAGE_LENGTH_MS = 4_000;
// A request without an answer after this long counts as a hang.
const HANG_MS = 15_000;

type TSample = {
  kind: 'data' | 'livez' | 'readyz';
  route: string;
  startedAt: number;
  endedAt: number;
  status: number | 'no answer';
  retryAfter: string | null;
  body: { code?: string; version?: number };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PostgreSQL stops while a steady stream of signed-in reads, draft saves and health probes runs against
 * a real API process, and starts again. The process stays up; while the database is away every data
 * request answers 503 with Retry-After within a second, liveness stays 200 and readiness 503; once
 * PostgreSQL is back, full service returns within 10 s without restarting the API.
 */
describe('PostgreSQL stops and returns while the API is under load', () => {
  let dataDir: string;
  let database: TEmbeddedDatabase;
  let child: ChildProcess;
  let port: number;

  beforeAll(async () => {
    // A server of this file's own: stopping the shared test PostgreSQL would break every other file.
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-outage-load-'));
    database = await startEmbeddedPostgres(dataDir, () => {});
    port = await findFreePort();
    // Every 503 logs a warning; at this request rate that would bury the test output.
    child = startInstance(database.connectionString, port, { LOG_LEVEL: 'error' });
    await waitUntilReady(port);
  }, 120_000);

  afterAll(async () => {
    await stopInstance(child);
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers 503 at once while PostgreSQL is away and recovers without a restart', async () => {
    const [pm, board, friend, admin] = await Promise.all(
      ['pm@demo.koers.nl', 'board@demo.koers.nl', 'friend@demo.koers.nl', 'admin@demo.koers.nl'].map((email) =>
        signIn(port, email),
      ),
    );
    if (!pm || !board || !friend || !admin) throw new Error('sign-in failed');
    const { items } = (await (await pm.request('GET', '/api/partnerships')).json()) as { items: { id: string }[] };
    const partnershipId = items[0]?.id;

    // A draft the programme manager saves over and over: a write holds its connection for a whole
    // transaction, so PostgreSQL can go away between two of its queries.
    const period = await admin.request('POST', '/api/periods', {
      code: '2400-Q1',
      opensOn: '2400-01-01',
      dueOn: '2400-04-21',
    });
    const { id: periodId } = (await period.json()) as { id: string };
    const draft = (await (
      await pm.request('POST', `/api/partnerships/${partnershipId}/assessments`, { periodId })
    ).json()) as { id: string; responses: { id: string; version: number }[] };
    const saveRoute = `/api/assessments/${draft.id}/responses/${draft.responses[0]?.id}`;
    let version = draft.responses[0]?.version ?? 0;

    const samples: TSample[] = [];
    const timed = async (kind: TSample['kind'], route: string, send: (signal: AbortSignal) => Promise<Response>) => {
      const startedAt = Date.now();
      let sample: TSample;
      try {
        const res = await send(AbortSignal.timeout(HANG_MS));
        const body = (await res.json().catch(() => ({}))) as TSample['body'];
        const retryAfter = res.headers.get('retry-after');
        sample = { kind, route, startedAt, endedAt: Date.now(), status: res.status, retryAfter, body };
      } catch {
        sample = { kind, route, startedAt, endedAt: Date.now(), status: 'no answer', retryAfter: null, body: {} };
      }
      samples.push(sample);
      return sample;
    };

    const reads = [
      { session: pm, route: '/api/partnerships' },
      { session: pm, route: `/api/partnerships/${partnershipId}/dashboard` },
      { session: board, route: '/api/board-overview' },
      { session: friend, route: '/api/review-queue' },
      { session: admin, route: '/api/people' },
    ];
    const dataRoutes = [...reads.map((r) => r.route), saveRoute];
    let running = true;
    // Closed loops with a short pause: a steady stream, without spinning two cores on 503s.
    const loops = [
      ...reads.map(async ({ session, route }) => {
        while (running) {
          await timed('data', route, (signal) => session.request('GET', route, undefined, {}, signal));
          await sleep(20);
        }
      }),
      (async () => {
        while (running) {
          const saved = await timed('data', saveRoute, (signal) =>
            pm.request('PUT', saveRoute, { answers: {}, notes: [] }, { 'if-match': `"${version}"` }, signal),
          );
          if (saved.status === 200 && saved.body.version) version = saved.body.version;
          // A save can commit just before PostgreSQL goes, and still answer 503: the next save with
          // the old version is then refused (412), and the draft is read again, as the web app does.
          if (saved.status === 412) {
            const current = await pm.request('GET', `/api/assessments/${draft.id}`).then((r) => r.json());
            version = (current as typeof draft).responses[0]?.version ?? version;
          }
          await sleep(20);
        }
      })(),
      (async () => {
        while (running) {
          for (const probe of ['livez', 'readyz'] as const) {
            const route = `/api/${probe}`;
            await timed(probe, route, (signal) => fetch(`http://127.0.0.1:${port}${route}`, { signal }));
          }
          await sleep(50);
        }
      })(),
    ];

    await sleep(1_000);
    await database.stop();
    const stopped = Date.now();
    await sleep(OUTAGE_LENGTH_MS);
    const restarting = Date.now();
    database = await startEmbeddedPostgres(dataDir, () => {}, {
      port: Number(new URL(database.connectionString).port),
    });
    const back = Date.now();

    // Keep the stream going until a second of full service, or well past the recovery bound.
    const failing = (s: TSample) => s.kind !== 'livez' && s.status !== 200;
    while (Date.now() - back < RECOVERY_MS + 5_000) {
      const lastSecond = samples.filter((s) => s.startedAt >= Math.max(back, Date.now() - 1_000));
      if (Date.now() - back > 1_000 && lastSecond.length > 0 && !lastSecond.some(failing)) break;
      await sleep(100);
    }
    running = false;
    await Promise.all(loops);

    // Nothing hangs, and no server error other than 503, which always says when to retry.
    expect(samples.filter((s) => s.status === 'no answer')).toEqual([]);
    const refusedAsStale = (s: TSample) => s.route === saveRoute && s.status === 412;
    expect(samples.filter((s) => s.status !== 200 && s.status !== 503 && !refusedAsStale(s))).toEqual([]);
    expect(samples.filter((s) => s.status === 503 && !/^\d+$/.test(s.retryAfter ?? ''))).toEqual([]);
    // The process never went down, so nothing restarted it.
    expect(child.exitCode).toBeNull();
    expect(child.signalCode).toBeNull();

    // While PostgreSQL is away: requests that started after it stopped and ended before it restarted.
    const during = samples.filter((s) => s.startedAt >= stopped && s.endedAt <= restarting);
    const dataDuring = during.filter((s) => s.kind === 'data');
    expect(new Set(dataDuring.map((s) => s.route))).toEqual(new Set(dataRoutes));
    expect(dataDuring.length).toBeGreaterThan(50);
    expect(dataDuring.filter((s) => s.status !== 503 || s.body.code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect(dataDuring.filter((s) => s.endedAt - s.startedAt >= OUTAGE_ANSWER_MS + MACHINE_MARGIN_MS)).toEqual([]);
    expect(during.filter((s) => s.kind === 'readyz').length).toBeGreaterThan(5);
    expect(during.filter((s) => s.kind === 'readyz' && s.status !== 503)).toEqual([]);
    // Liveness never depends on the database: 200 all along, the outage included.
    expect(during.filter((s) => s.kind === 'livez').length).toBeGreaterThan(5);
    expect(samples.filter((s) => s.kind === 'livez' && s.status !== 200)).toEqual([]);

    // Full service: from some moment after PostgreSQL's return, every data request and readiness probe
    // succeeds, on every route; that moment comes within 10 s of the return.
    const lastFailure = Math.max(
      back,
      ...samples.filter((s) => s.startedAt >= restarting && failing(s)).map((s) => s.endedAt),
    );
    expect(lastFailure - back).toBeLessThan(RECOVERY_MS);
    const servedAfter = samples.filter((s) => s.startedAt > lastFailure && s.kind === 'data');
    expect(new Set(servedAfter.map((s) => s.route))).toEqual(new Set(dataRoutes));
  });
});
