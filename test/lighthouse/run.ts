import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { type TEmbeddedDatabase, findFreePort, startEmbeddedPostgres } from '../../api/src/db/embedded-postgres.ts';
import { signIn, startInstance, stopInstance, waitUntilReady } from '../support/instances.ts';

/**
 * Lighthouse (desktop preset) on the sign-in page and on the programme manager's partnership dashboard,
 * against the built web app served by a real Koers process with the demo data. Each page is measured
 * RUNS times and the median score counts, because a single run varies with the machine's load.
 * Exits 1 when a median is under its target. Run `npm run test:lighthouse` (it builds the web app first).
 */

const RUNS = 3;
const TARGETS = { performance: 0.9, accessibility: 1 } as const;
type TCategory = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as TCategory[];
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_INDEX = path.resolve(import.meta.dirname, '../../web/dist/index.html');
const PM_EMAIL = 'pm@demo.koers.nl';
const PM_PARTNERSHIP = 'Partnerschap Twente Leert';
/** Set to keep every run's full Lighthouse report (JSON), e.g. to see which element shifted or painted last. */
const REPORT_DIR = process.env.KOERS_LIGHTHOUSE_REPORT_DIR;

type TAuditedPage = { name: string; slug: string; url: string; headers?: Record<string, string> };
type TPageResult = { page: TAuditedPage; runs: Result[] };

function score(lhr: Result, category: TCategory): number {
  return lhr.categories[category]?.score ?? 0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The run whose score is the median: its audits explain the number that counts. */
function medianRun(runs: Result[], category: TCategory): Result {
  const target = median(runs.map((lhr) => score(lhr, category)));
  const run = runs.find((lhr) => score(lhr, category) === target);
  if (!run) throw new Error('no runs');
  return run;
}

/** The audits that pull a category's score down, with what they measured. */
function failingAudits(lhr: Result, category: TCategory): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
    .map(
      (audit) =>
        `${audit?.id}: ${audit?.title} (score ${audit?.score}${audit?.displayValue ? `, ${audit.displayValue}` : ''})`,
    );
}

/**
 * Now and then Chrome's trace of a page load comes back without its start (Lighthouse's NO_NAVSTART):
 * nothing was measured, so that run is repeated, at most twice. A score is never retried.
 */
const TRACE_RETRIES = 2;

async function audit(page: TAuditedPage, chromePort: number, retries = TRACE_RETRIES): Promise<Result> {
  const result = await lighthouse(
    page.url,
    {
      port: chromePort,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      ...(page.headers ? { extraHeaders: page.headers } : {}),
    },
    desktopConfig,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
  const { lhr } = result;
  if (lhr.runtimeError?.code === 'NO_NAVSTART' && retries > 0) {
    console.log(`[lighthouse] ${page.name}: the trace missed the page load; measuring again`);
    return audit(page, chromePort, retries - 1);
  }
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page.url}: ${lhr.runtimeError.message}`);
  // A signed-out visitor to the dashboard is sent to the sign-in page: that would measure the wrong page.
  if (lhr.finalDisplayedUrl !== page.url) {
    throw new Error(`${page.name}: Lighthouse ended on ${lhr.finalDisplayedUrl}, not on ${page.url}`);
  }
  return lhr;
}

async function dashboardPage(port: number): Promise<TAuditedPage> {
  const session = await signIn(port, PM_EMAIL);
  if (session.status !== 200) throw new Error(`signing in as ${PM_EMAIL} answered ${session.status}`);
  const response = await session.request('GET', '/api/partnerships');
  const { items } = (await response.json()) as { items: { id: string; name: string }[] };
  const partnership = items.find((item) => item.name === PM_PARTNERSHIP);
  if (!partnership) throw new Error(`${PM_EMAIL} does not see ${PM_PARTNERSHIP}`);
  return {
    name: 'partnership dashboard (pm)',
    slug: 'partnership-dashboard',
    url: `http://127.0.0.1:${port}/partnerships/${partnership.id}/dashboard`,
    headers: { Cookie: session.cookie },
  };
}

/** RUNS audits of one page in a browser of its own, started for it and stopped afterwards. */
async function measure(page: TAuditedPage): Promise<Result[]> {
  // A fresh browser profile per page: once Chrome's cookie jar holds a cookie for the site (the sign-in
  // page's visit leaves the CSRF cookie there), it sends the jar's cookies instead of the Cookie header.
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const runs: Result[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const lhr = await audit(page, chrome.port);
      const scores = CATEGORIES.map((category) => `${category} ${score(lhr, category).toFixed(2)}`);
      console.log(`[lighthouse] ${page.name}, run ${run}: ${scores.join(', ')}`);
      if (REPORT_DIR) {
        await writeFile(path.join(REPORT_DIR, `${page.slug}-${run}.json`), JSON.stringify(lhr, null, 2));
      }
      runs.push(lhr);
    }
    return runs;
  } finally {
    chrome.kill();
  }
}

function report(results: TPageResult[]): string[] {
  console.table(
    results.map(({ page, runs }) => ({
      page: page.name,
      ...Object.fromEntries(
        CATEGORIES.flatMap((category) => {
          const scores = runs.map((lhr) => score(lhr, category));
          return [
            [`${category} runs`, scores.map((value) => value.toFixed(2)).join(' ')],
            [`${category} median`, median(scores).toFixed(2)],
          ];
        }),
      ),
    })),
  );
  const failures: string[] = [];
  for (const { page, runs } of results) {
    for (const category of CATEGORIES) {
      const value = median(runs.map((lhr) => score(lhr, category)));
      if (value >= TARGETS[category]) continue;
      const audits = failingAudits(medianRun(runs, category), category);
      failures.push(
        `${page.name}: ${category} ${value.toFixed(2)} is under ${TARGETS[category]}\n    ${audits.join('\n    ')}`,
      );
    }
  }
  return failures;
}

async function main(): Promise<number> {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(`Lighthouse audits the built web app, but ${WEB_INDEX} is missing. Run "npm run test:lighthouse".`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}. Install it ("apt-get install chromium") or set CHROMIUM_PATH.`);
  }

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-lighthouse-'));
  let database: TEmbeddedDatabase | undefined;
  let instance: ChildProcess | undefined;
  try {
    database = await startEmbeddedPostgres(dataDir, (message) => console.log(`[lighthouse] ${message}`));
    const port = await findFreePort();
    instance = startInstance(database.connectionString, port);
    await waitUntilReady(port);

    const pages: TAuditedPage[] = [
      { name: 'sign-in page', slug: 'sign-in', url: `http://127.0.0.1:${port}/login` },
      await dashboardPage(port),
    ];
    const results: TPageResult[] = [];
    for (const page of pages) results.push({ page, runs: await measure(page) });

    const failures = report(results);
    if (failures.length > 0) {
      console.error(`Lighthouse targets missed:\n- ${failures.join('\n- ')}`);
      return 1;
    }
    console.log('Lighthouse targets met.');
    return 0;
  } finally {
    if (instance) await stopInstance(instance);
    await database?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
