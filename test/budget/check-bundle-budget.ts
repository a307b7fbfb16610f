import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The web app's bundle budget, read from the built app's Vite manifest: for every lazy route module, the
 * gzipped JavaScript a visit loads before it can draw (the entry chunk, the route's chunk and everything
 * either imports statically). Exits 1 when the first page is over budget or loads zod, when Recharts can
 * load where no chart is, or when a chart page loads it before it draws instead of lazily after.
 * `npm run check:budget` builds the web app and runs it.
 */

const DIST = path.resolve(import.meta.dirname, '../../web/dist');
const FIRST_PAGE = 'src/app/routes/login.tsx';
const FIRST_PAGE_BUDGET = 150_000;
// The pages that draw charts (see router.tsx): only these may load Recharts, lazily once the page is
// drawn (see lazy-charts.ts), and they must, or this list and the marker below have gone stale.
const CHART_ROUTES = new Set([
  'src/app/routes/partnership-dashboard.tsx',
  'src/app/routes/board.tsx',
  'src/app/routes/partnership-report.tsx',
]);
// A Recharts class name as a string literal ("recharts-surface") is Recharts' own code; the app only
// names them inside selectors (".recharts-wrapper > svg"), which this does not match.
const RECHARTS_CODE = /["'`]recharts-[a-z]/;
// zod names its classes in string literals ("$ZodType"); the app names zod only in types, which the
// build erases. The first page's forms load their schemas on demand, so zod is never in it.
const ZOD_CODE = /["'`]\$ZodType["'`]/;

type TManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
type TManifest = Record<string, TManifestChunk>;
type TChunkFacts = { gzipBytes: number; recharts: boolean; zod: boolean };

const MANIFEST = path.join(DIST, '.vite/manifest.json');
if (!existsSync(MANIFEST)) {
  console.error(`No build manifest at ${MANIFEST}. Run "npm run check:budget" (it builds the web app first).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as TManifest;

const factsByFile = new Map<string, TChunkFacts>();
function chunkFacts(file: string): TChunkFacts {
  let facts = factsByFile.get(file);
  if (!facts) {
    const code = readFileSync(path.join(DIST, file));
    const text = code.toString('utf8');
    facts = { gzipBytes: gzipSync(code).length, recharts: RECHARTS_CODE.test(text), zod: ZOD_CODE.test(text) };
    factsByFile.set(file, facts);
  }
  return facts;
}

/** The chunk files a manifest entry loads before it runs: itself and its static imports, transitively. */
function staticFiles(key: string, files = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is imported but missing from the manifest`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticFiles(imported, files);
  return files;
}

/**
 * Every chunk file a manifest entry can ever load, its static imports and its lazy ones, transitively,
 * short of the files in `files` to begin with: given the entry's files, it does not wander through the
 * entry's lazy imports, which are all the other routes.
 */
function reachableFiles(key: string, files: Set<string>): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is imported but missing from the manifest`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) reachableFiles(imported, files);
  return files;
}

function measure(files: Iterable<string>) {
  let gzipBytes = 0;
  let recharts = false;
  let zod = false;
  for (const file of files) {
    const facts = chunkFacts(file);
    gzipBytes += facts.gzipBytes;
    recharts ||= facts.recharts;
    zod ||= facts.zod;
  }
  return { gzipBytes, recharts, zod };
}

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length !== 1 || !entries[0]) throw new Error(`expected one entry chunk, found ${entries.length}`);
const [entryKey, entryChunk] = entries[0];
const entryFiles = staticFiles(entryKey);
const entry = measure(entryFiles);
const routeKeys = (entryChunk.dynamicImports ?? []).filter((key) => key.startsWith('src/app/routes/'));

const failures: string[] = [];
const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const rows = routeKeys.map((key) => {
  const routeFiles = [...staticFiles(key)].filter((file) => !entryFiles.has(file));
  const own = measure(routeFiles);
  const total = entry.gzipBytes + own.gzipBytes;
  const lazyRecharts = measure(reachableFiles(key, new Set(entryFiles))).recharts;
  if (own.recharts) failures.push(`${key} loads Recharts before it draws; load the charts lazily`);
  if (lazyRecharts && !CHART_ROUTES.has(key)) failures.push(`${key} can load Recharts but draws no chart`);
  if (!lazyRecharts && CHART_ROUTES.has(key)) {
    failures.push(`${key} draws charts but no Recharts code was found in what it loads`);
  }
  if (key === FIRST_PAGE && total > FIRST_PAGE_BUDGET) {
    failures.push(
      `the first page (entry + ${key}) loads ${kB(total)} kB gzip, over the ${kB(FIRST_PAGE_BUDGET)} kB budget`,
    );
  }
  if (key === FIRST_PAGE && (entry.zod || own.zod)) {
    failures.push(`the first page (entry + ${key}) loads zod statically; load schemas there on demand`);
  }
  return { route: key.replace('src/app/routes/', ''), own: kB(own.gzipBytes), total: kB(total), lazyRecharts };
});

if (entry.recharts) failures.push(`the entry chunk loads Recharts statically; it belongs in the chart pages only`);
if (!routeKeys.includes(FIRST_PAGE)) failures.push(`${FIRST_PAGE} is not a lazy route module of the entry`);
for (const key of CHART_ROUTES) {
  if (!routeKeys.includes(key)) failures.push(`${key} is listed as a chart page but is not a lazy route module`);
}

console.log(
  `Entry (${entryFiles.size} chunks): ${kB(entry.gzipBytes)} kB gzip; first page budget ${kB(FIRST_PAGE_BUDGET)} kB`,
);
console.table(rows.sort((a, b) => Number(b.total) - Number(a.total)));
if (failures.length > 0) {
  console.error(`Bundle budget failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('Bundle budget met.');
