import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { BOARD_PAGE_SIZE } from '@koers/shared/dashboards';
import { QUEUE_PAGE_SIZE } from '@koers/shared/follow-up';
import { findFreePort, startEmbeddedPostgres } from '../../api/src/db/embedded-postgres.ts';
import { migrateToLatest } from '../../api/src/db/migrate.ts';
import { withDatabase } from '../../api/test/database-url.ts';
import { signIn, startInstance, stopInstance, waitUntilReady } from '../support/instances.ts';
import { benchScale, generate } from './generate.ts';
import {
  assignBenchRoles,
  BENCH_PASSWORD,
  BENCH_PEOPLE,
  createBenchPeople,
  createDrafts,
  createSignInAccounts,
  signInAccount,
} from './setup-people.ts';

/**
 * `npm run bench [-- --scale 0.1 --duration 10 --rounds 3]`: a fresh database with a synthetic data set,
 * the API as its own process, and autocannon at 50 connections against the main endpoints, alternating
 * with a minimal Fastify + pg baseline. Machines here are noisy: the median of the rounds counts, and
 * results are given as ratios to the baseline next to the absolute numbers.
 */
const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    // Measure only the scenarios whose name contains this (e.g. "save"), for quick work on one endpoint.
    only: { type: 'string', default: '' },
    out: { type: 'string' },
  },
});
// A partial run never replaces the committed reference run unless asked to.
const out =
  args.out ??
  (args.only
    ? path.join(os.tmpdir(), 'koers-bench-partial.json')
    : path.resolve(import.meta.dirname, 'results', 'latest.json'));
const scale = benchScale(Number(args.scale));
const duration = Number(args.duration);
const rounds = Number(args.rounds);
const connections = Number(args.connections);
const log = (message: string) => console.log(message);

/** Enough for three rounds of submitting at several hundred a second; running out shows as errors. */
const DRAFTS = 25_000;
const TARGETS = {
  readP99Ms: 50,
  readRatio: 0.4,
  saveP99Ms: 50,
  generationSeconds: 120,
  memoryMb: 300,
  // Unknown and known email addresses: sign-in medians this close, or the timing tells which exist.
  signInMedianDifference: 0.2,
};

/** What a save request remembers until its answer: the draft it saves. */
type TDraftContext = { draft?: { assessment_id: string; response_id: string } };

type TMeasurement = { requestsPerSecond: number; p50: number; p99: number; errors: number; statusCodes: string };
type TScenario = {
  name: string;
  kind: 'read' | 'save' | 'submit' | 'sign-in';
  options: (port: number) => autocannon.Options;
  /** The status every answer should have; by default any 2xx. */
  expectedStatus?: number;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

async function measure(options: autocannon.Options, expectedStatus?: number): Promise<TMeasurement> {
  const result = await autocannon({ connections, duration, ...options });
  const expected = expectedStatus === undefined ? 0 : (result.statusCodeStats?.[`${expectedStatus}`]?.count ?? 0);
  const answered = Object.values(result.statusCodeStats ?? {}).reduce((sum, stats) => sum + (stats.count ?? 0), 0);
  const unexpected = expectedStatus === undefined ? result.non2xx : answered - expected;
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + unexpected,
    // Which answers the errors were, to tell an overloaded pool (503) from a wrong request (4xx).
    statusCodes: Object.entries(result.statusCodeStats ?? {})
      .map(([code, stats]) => `${code}: ${String(stats.count ?? 0)}`)
      .join(', '),
  };
}

function peakMemoryMb(pid: number | undefined): Promise<number> {
  return readFile(`/proc/${pid}/status`, 'utf8').then(
    (status) => Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024,
    () => 0,
  );
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-bench-'));
const database = await startEmbeddedPostgres(dataDir, log);
const children: ChildProcess[] = [];
try {
  const admin = new pg.Client({ connectionString: database.connectionString });
  await admin.connect();
  await admin.query('CREATE DATABASE koers_bench');
  await admin.end();
  const url = withDatabase(database.connectionString, 'koers_bench');
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }) });
  await migrateToLatest(db);

  log(`generating ${scale.partnerships} partnerships x ${scale.quarters} quarters x 20 indicators`);
  const started = Date.now();
  await createBenchPeople(db);
  await createSignInAccounts(db);
  await generate(db, scale, log);
  await assignBenchRoles(db);
  const generationSeconds = (Date.now() - started) / 1000;
  const counts = await db
    .selectFrom('answer' as never)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  log(
    `generated ${Number((counts as { n: string }).n).toLocaleString('en')} answers in ${generationSeconds.toFixed(1)} s`,
  );
  const drafts = await createDrafts(db, DRAFTS);
  const partnership = (await db
    .selectFrom('partnership' as never)
    .select('id' as never)
    .where('name' as never, '=', 'Bench partnerschap 1' as never)
    .executeTakeFirstOrThrow()) as { id: string };
  await db.destroy();

  const [apiPort, basePort] = [await findFreePort(), await findFreePort()];
  // The API as `npm start` runs it: built, without a TypeScript loader in the process.
  execFileSync('npm', ['run', 'build', '--workspace', 'api'], { stdio: 'inherit' });
  // Trusting the proxy headers lets the sign-in scenario come from a new address each time, as guesses
  // spread over many machines would: what is measured is the sign-in, not the throttle's 429.
  const api = startInstance(url, apiPort, { KOERS_DEMO_DATA: 'false', KOERS_TRUST_PROXY: 'true' }, { server: 'built' });
  const baseline = spawn(process.execPath, [path.join(import.meta.dirname, 'baseline-server.ts')], {
    env: { PATH: process.env.PATH, DATABASE_URL: url, PORT: String(basePort) },
    stdio: 'inherit',
  });
  children.push(api, baseline);
  await waitUntilReady(apiPort);
  await new Promise((resolve) => setTimeout(resolve, 1000));

  const [manager, friend, adminSession] = [
    await signIn(apiPort, BENCH_PEOPLE.manager, BENCH_PASSWORD),
    await signIn(apiPort, BENCH_PEOPLE.friend, BENCH_PASSWORD),
    await signIn(apiPort, BENCH_PEOPLE.admin, BENCH_PASSWORD),
  ];
  // What a browser sends: its session, the CSRF token, and that it takes gzip.
  const headers = (session: { cookie: string; csrfToken: string }) => ({
    cookie: session.cookie,
    'x-csrf-token': session.csrfToken,
    'content-type': 'application/json',
    'accept-encoding': 'gzip, deflate, br',
  });

  // Each connection saves its own draft response and keeps track of its version, as a browser tab would.
  // A save takes a draft no other request is saving and gives it back with its answer (autocannon starts
  // each request with a fresh context); submissions take the other drafts, each once.
  let freeDrafts: typeof drafts = [];
  let nextSubmitted = 2 * connections * rounds;
  const takeSubmittable = () => drafts[nextSubmitted++];
  // The version each draft response is at, across rounds: the next round's connections save them again.
  const draftVersions = new Map<string, number>();
  // A visitor's CSRF cookie and token, as the sign-in page has them.
  const visitor = await signIn(apiPort, 'visitor@bench.koers.nl', 'not the password');
  let signInAttempts = 0;
  /** Wrong passwords for the given addresses, each from an address of its own. */
  const wrongPasswords =
    (email: (n: number) => string) =>
    (port: number): autocannon.Options => ({
      url: `http://127.0.0.1:${port}`,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const n = ++signInAttempts;
            return {
              ...request,
              path: '/api/auth/login',
              headers: {
                ...headers(visitor),
                'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
              },
              body: JSON.stringify({ email: email(n), password: 'not the password' }),
            };
          },
        },
      ],
    });
  const saveBody = JSON.stringify({
    answers: {},
    notes: [{ theme: 1, evidence: 'Benchmark', nextStep: '', priority: false }],
  });

  const scenarios: TScenario[] = [
    {
      name: 'partnership dashboard',
      kind: 'read',
      options: (port) => ({
        url: `http://127.0.0.1:${port}/api/partnerships/${partnership.id}/dashboard`,
        headers: headers(manager),
      }),
    },
    {
      name: 'board overview (admin, page 1 of all)',
      kind: 'read',
      options: (port) => ({
        url: `http://127.0.0.1:${port}/api/board-overview?pageSize=${BOARD_PAGE_SIZE}`,
        headers: headers(adminSession),
      }),
    },
    {
      name: 'review queue',
      kind: 'read',
      options: (port) => ({
        url: `http://127.0.0.1:${port}/api/review-queue?pageSize=${QUEUE_PAGE_SIZE}`,
        headers: headers(friend),
      }),
    },
    {
      name: 'save a draft',
      kind: 'save',
      options: (port) => ({
        url: `http://127.0.0.1:${port}`,
        requests: [
          {
            method: 'PUT',
            setupRequest: (request, connection) => {
              const context = connection as TDraftContext;
              context.draft = freeDrafts.pop();
              const draft = context.draft;
              return {
                ...request,
                path: `/api/assessments/${draft?.assessment_id}/responses/${draft?.response_id}`,
                headers: {
                  ...headers(manager),
                  'if-match': `"${String(draftVersions.get(draft?.response_id ?? '') ?? 1)}"`,
                },
                body: saveBody,
              };
            },
            // A save moves the version on by one (If-Match): no need to read the answer, which would cost
            // the load generator time on the two cores it shares with the API.
            onResponse: (status, _body, connection) => {
              const draft = (connection as TDraftContext).draft;
              if (!draft) return;
              if (status === 200) draftVersions.set(draft.response_id, (draftVersions.get(draft.response_id) ?? 1) + 1);
              freeDrafts.push(draft);
            },
          },
        ],
      }),
    },
    {
      name: 'submit',
      kind: 'submit',
      options: (port) => ({
        url: `http://127.0.0.1:${port}`,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const draft = takeSubmittable();
              return {
                ...request,
                path: `/api/assessments/${draft?.assessment_id}/submission`,
                // No body, so no content type: Fastify refuses an empty JSON body.
                headers: {
                  cookie: manager.cookie,
                  'x-csrf-token': manager.csrfToken,
                  'idempotency-key': `bench-${draft?.assessment_id}`,
                },
              };
            },
          },
        ],
      }),
    },
  ];

  scenarios.push(
    {
      name: 'sign in, unknown email',
      kind: 'sign-in',
      expectedStatus: 401,
      options: wrongPasswords((n) => `nobody-${n}@bench.koers.nl`),
    },
    { name: 'sign in, known email', kind: 'sign-in', expectedStatus: 401, options: wrongPasswords(signInAccount) },
  );

  const measured = scenarios.filter((scenario) => scenario.name.includes(args.only));
  const results: Record<string, { endpoint: TMeasurement[]; baseline: TMeasurement[] }> = {};
  for (let round = 1; round <= rounds; round++) {
    for (const scenario of measured) {
      // Fresh drafts each round: a request cut off when a round ends may have saved without telling.
      if (scenario.kind === 'save') freeDrafts = drafts.slice((round - 1) * 2 * connections, round * 2 * connections);
      const base = await measure({ url: `http://127.0.0.1:${basePort}/select-1` });
      const endpoint = await measure(scenario.options(apiPort), scenario.expectedStatus);
      results[scenario.name] ??= { endpoint: [], baseline: [] };
      results[scenario.name]?.endpoint.push(endpoint);
      results[scenario.name]?.baseline.push(base);
      log(
        `round ${round} ${scenario.name}: ${endpoint.requestsPerSecond.toFixed(0)} req/s, p99 ${endpoint.p99} ms, errors ${endpoint.errors} (${endpoint.statusCodes}) (baseline ${base.requestsPerSecond.toFixed(0)} req/s)`,
      );
    }
  }
  const memoryMb = await peakMemoryMb(api.pid);

  const rows = measured.map((scenario) => {
    const r = results[scenario.name] ?? { endpoint: [], baseline: [] };
    const ratios = r.endpoint.map((m, i) => m.requestsPerSecond / (r.baseline[i]?.requestsPerSecond ?? 1));
    const row = {
      endpoint: scenario.name,
      kind: scenario.kind,
      requestsPerSecond: Math.round(median(r.endpoint.map((m) => m.requestsPerSecond))),
      p50Ms: median(r.endpoint.map((m) => m.p50)),
      p99Ms: median(r.endpoint.map((m) => m.p99)),
      errors: r.endpoint.reduce((sum, m) => sum + m.errors, 0),
      ratioToBaseline: Number(median(ratios).toFixed(2)),
      baselineRequestsPerSecond: Math.round(median(r.baseline.map((m) => m.requestsPerSecond))),
    };
    const meets =
      row.errors === 0 &&
      (scenario.kind === 'read'
        ? row.p99Ms < TARGETS.readP99Ms && row.ratioToBaseline >= TARGETS.readRatio
        : scenario.kind === 'save'
          ? row.p99Ms < TARGETS.saveP99Ms
          : true);
    return { ...row, meetsTarget: meets };
  });

  console.log('\n| endpoint | req/s | p50 ms | p99 ms | errors | ratio to baseline | target |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const row of rows) {
    console.log(
      `| ${row.endpoint} | ${row.requestsPerSecond} | ${row.p50Ms} | ${row.p99Ms} | ${row.errors} | ${row.ratioToBaseline} | ${row.meetsTarget ? 'met' : 'MISSED'} |`,
    );
  }
  const generationMet = generationSeconds < TARGETS.generationSeconds || scale.partnerships < 10_000;
  const signInMedians = ['sign in, unknown email', 'sign in, known email'].map(
    (name) => rows.find((row) => row.endpoint === name)?.p50Ms,
  );
  const [unknownP50, knownP50] = signInMedians;
  const signInTiming =
    unknownP50 === undefined || knownP50 === undefined
      ? undefined
      : {
          unknownP50Ms: unknownP50,
          knownP50Ms: knownP50,
          difference: Number((Math.abs(unknownP50 - knownP50) / Math.max(unknownP50, knownP50, 1)).toFixed(2)),
        };
  const signInTimingMet = !signInTiming || signInTiming.difference <= TARGETS.signInMedianDifference;
  if (signInTiming)
    console.log(
      `sign-in medians: unknown ${signInTiming.unknownP50Ms} ms, known ${signInTiming.knownP50Ms} ms, difference ${(100 * signInTiming.difference).toFixed(0)}% (target <= ${100 * TARGETS.signInMedianDifference}%)`,
    );
  console.log(
    `\ndata generation: ${generationSeconds.toFixed(1)} s (target < ${TARGETS.generationSeconds} s at scale 1)`,
  );
  console.log(`API peak memory: ${memoryMb.toFixed(0)} MB (target < ${TARGETS.memoryMb} MB)`);

  const report = {
    ranAt: new Date().toISOString(),
    machine: {
      platform: `${os.type()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    settings: {
      ...scale,
      indicators: 20,
      connections,
      durationSeconds: duration,
      rounds,
      only: args.only || undefined,
    },
    targets: TARGETS,
    generationSeconds: Number(generationSeconds.toFixed(1)),
    apiPeakMemoryMb: Math.round(memoryMb),
    endpoints: rows,
    signInTiming,
  };
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written to ${out}`);
  const allMet = rows.every((r) => r.meetsTarget) && generationMet && memoryMb < TARGETS.memoryMb && signInTimingMet;
  console.log(allMet ? 'all targets met' : 'some targets were missed');
  process.exitCode = allMet ? 0 : 1;
} finally {
  for (const child of children) await stopInstance(child);
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
