import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LINES, missingModuleFiles, oversizedFiles, serviceOffences, type TSourceFile } from './rules.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The TypeScript files under a folder of the repository, with paths from the repository root. */
function sourceFiles(folder: string): TSourceFile[] {
  const entries = readdirSync(path.join(REPO_ROOT, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
    .map((file) => ({ path: file, text: readFileSync(path.join(REPO_ROOT, file), 'utf8') }));
}

const lines = (count: number) => 'const x = 1;\n'.repeat(count);

describe('the house rules, on a sample that breaks each of them', () => {
  it('(a) names every service that imports the read cache or builds a query, with the line', () => {
    const offences = serviceOffences([
      {
        path: 'api/src/modules/x/x.service.ts',
        text: [
          "import { sql, type Kysely } from 'kysely';",
          "import { readCacheKey } from '../../plugins/read-cache.ts';",
          "  const row = await trx.selectFrom('flag').selectAll().executeTakeFirst();",
          "  await db.insertInto('flag').values(v).execute();",
          "  await trx.updateTable('flag').set(v).execute();",
          "  await trx.deleteFrom('flag').execute();",
          "  await db.with('recent', (q) => q).selectAll().execute();",
          '  await sql`LOCK TABLE flag`.execute(trx);',
          '  const now = sql<Date>`now()`;',
          "  const col = sql.ref('flag.id');",
        ].join('\n'),
      },
      {
        path: 'api/src/modules/y/y.service.ts',
        text: "import type { ReadCache } from '../../plugins/read-cache';\n",
      },
    ]);
    expect(offences).toEqual([
      'api/src/modules/x/x.service.ts: imports plugins/read-cache',
      'api/src/modules/x/x.service.ts:1: imports sql from kysely',
      'api/src/modules/x/x.service.ts:3: builds a Kysely query',
      'api/src/modules/x/x.service.ts:4: builds a Kysely query',
      'api/src/modules/x/x.service.ts:5: builds a Kysely query',
      'api/src/modules/x/x.service.ts:6: builds a Kysely query',
      'api/src/modules/x/x.service.ts:7: builds a common table expression',
      'api/src/modules/x/x.service.ts:8: writes SQL with the sql template',
      'api/src/modules/x/x.service.ts:9: writes SQL with the sql template',
      'api/src/modules/x/x.service.ts:10: writes SQL with a sql helper',
      'api/src/modules/y/y.service.ts: imports plugins/read-cache',
    ]);
  });

  it('(a) leaves alone a service that only opens transactions and calls its repository, and repositories', () => {
    const offences = serviceOffences([
      {
        path: 'api/src/modules/x/x.service.ts',
        text: [
          "import type { Kysely } from 'kysely';",
          "import * as repository from './x.repository.ts';",
          'await db.transaction().execute(async (trx) => repository.insertFlag(trx, flag));',
        ].join('\n'),
      },
      { path: 'api/src/modules/x/x.repository.ts', text: "await db.selectFrom('flag').selectAll().execute();\n" },
      { path: 'api/src/plugins/read-cache.ts', text: "await db.selectFrom('flag').selectAll().execute();\n" },
    ]);
    expect(offences).toEqual([]);
  });

  it(`(b) names every api or web source file over ${MAX_LINES} lines, with its length`, () => {
    const offences = oversizedFiles([
      { path: 'api/src/modules/x/x.service.ts', text: lines(MAX_LINES + 1) },
      { path: 'web/src/features/x/components/big.tsx', text: lines(MAX_LINES + 40) },
      { path: 'web/src/features/x/components/fits.tsx', text: lines(MAX_LINES) },
      { path: 'api/src/modules/x/x.test.ts', text: lines(MAX_LINES * 2) },
      { path: 'web/src/features/x/components/big.test.tsx', text: lines(MAX_LINES * 2) },
      { path: 'web/src/i18n/locales/nl.ts', text: lines(MAX_LINES * 3) },
      { path: 'shared/src/x.ts', text: lines(MAX_LINES * 2) },
    ]);
    expect(offences).toEqual([
      `api/src/modules/x/x.service.ts: ${MAX_LINES + 1} lines (at most ${MAX_LINES})`,
      `web/src/features/x/components/big.tsx: ${MAX_LINES + 40} lines (at most ${MAX_LINES})`,
    ]);
  });

  it('(c) names every file missing from the flags, reviews and actions modules', () => {
    const offences = missingModuleFiles([
      'api/src/modules/flags/flags.routes.ts',
      'api/src/modules/flags/flags.service.ts',
      'api/src/modules/flags/flags.repository.ts',
      'api/src/modules/reviews/reviews.service.ts',
    ]);
    expect(offences).toEqual([
      'api/src/modules/reviews/reviews.routes.ts: missing',
      'api/src/modules/reviews/reviews.repository.ts: missing',
      'api/src/modules/actions/actions.routes.ts: missing',
      'api/src/modules/actions/actions.service.ts: missing',
      'api/src/modules/actions/actions.repository.ts: missing',
    ]);
  });
});

describe('the house rules, on the tree', () => {
  const api = sourceFiles('api/src');
  const web = sourceFiles('web/src');

  it('(a) no service imports the read cache, builds a query or writes SQL', () => {
    const offences = serviceOffences(api);
    expect(offences, `services that break the rule:\n${offences.join('\n')}`).toEqual([]);
  });

  it(`(b) no source file of api or web (tests and locale files aside) is over ${MAX_LINES} lines`, () => {
    const offences = oversizedFiles([...api, ...web]);
    expect(offences, `files over ${MAX_LINES} lines:\n${offences.join('\n')}`).toEqual([]);
  });

  it('(c) flags, reviews and actions are each a module with routes, service and repository', () => {
    const offences = missingModuleFiles(api.map((file) => file.path));
    expect(offences, `module files missing:\n${offences.join('\n')}`).toEqual([]);
  });
});
