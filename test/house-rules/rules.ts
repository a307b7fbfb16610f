// Structural house rules as functions over files, so that the test can show each rule bites on a
// small sample before it runs them on the tree.

/** A file of the repository: its path from the repository root (with /) and its text. */
export type TSourceFile = { path: string; text: string };

export const MAX_LINES = 300;

const SERVICE_FILE = /^api\/src\/.+\.service\.ts$/;
const READ_CACHE_IMPORT = /from\s+['"][^'"]*plugins\/read-cache(?:\.ts)?['"]/;

/** What a service must leave to its repository: building a query, or writing SQL. */
const QUERY_BUILDING: readonly { what: string; pattern: RegExp }[] = [
  {
    what: 'builds a Kysely query',
    pattern: /\.(?:selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)\(/,
  },
  { what: 'builds a common table expression', pattern: /\.with(?:Recursive)?\(\s*['"`]/ },
  { what: 'runs a compiled query', pattern: /\.executeQuery\(/ },
  { what: 'writes SQL with the sql template', pattern: /\bsql(?:<[^>]*>)?\s*`/ },
  { what: 'writes SQL with a sql helper', pattern: /\bsql\.(?:raw|ref|lit|id|join|table|val|value)\(/ },
  { what: 'imports sql from kysely', pattern: /import\s*\{[^}]*\bsql\b[^}]*\}\s*from\s*['"]kysely['"]/ },
];

/** Rule (a): no service imports the read cache or builds a query; each offence names the file and line. */
export function serviceOffences(files: readonly TSourceFile[]): string[] {
  const offences: string[] = [];
  for (const file of files) {
    if (!SERVICE_FILE.test(file.path)) continue;
    if (READ_CACHE_IMPORT.test(file.text)) offences.push(`${file.path}: imports plugins/read-cache`);
    file.text.split('\n').forEach((line, index) => {
      for (const { what, pattern } of QUERY_BUILDING) {
        if (pattern.test(line)) offences.push(`${file.path}:${index + 1}: ${what}`);
      }
    });
  }
  return offences;
}

const SIZED_FILE = /^(?:api|web)\/src\/.+\.tsx?$/;
const EXEMPT_FROM_SIZE = [/\.(?:test|spec)\.tsx?$/, /\/i18n\/locales\//];

function lineCount(text: string): number {
  if (text === '') return 0;
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/** Rule (b): no source file of api or web (tests and locale files aside) is over MAX_LINES lines. */
export function oversizedFiles(files: readonly TSourceFile[]): string[] {
  return files
    .filter((f) => SIZED_FILE.test(f.path) && !EXEMPT_FROM_SIZE.some((exempt) => exempt.test(f.path)))
    .map((f) => ({ path: f.path, lines: lineCount(f.text) }))
    .filter((f) => f.lines > MAX_LINES)
    .map((f) => `${f.path}: ${f.lines} lines (at most ${MAX_LINES})`);
}

const OWN_MODULES = ['flags', 'reviews', 'actions'] as const;

/** Rule (c): flags, reviews and actions are each a module of their own, with routes, service and repository. */
export function missingModuleFiles(paths: readonly string[]): string[] {
  const present = new Set(paths);
  return OWN_MODULES.flatMap((name) =>
    (['routes', 'service', 'repository'] as const)
      .map((part) => `api/src/modules/${name}/${name}.${part}.ts`)
      .filter((path) => !present.has(path))
      .map((path) => `${path}: missing`),
  );
}
