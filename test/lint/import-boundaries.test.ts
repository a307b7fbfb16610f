import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });
const IMPORT_RULES = new Set(['boundaries/dependencies', 'no-restricted-imports']);

/**
 * What the repository's own ESLint config says about one import, as if `source` were written in a file
 * at `filePath`. Every imported path exists, so the rule sees the same resolved files as in real code.
 */
async function importProblems(filePath: string, source: string) {
  const code = `import * as imported from '${source}';\nexport const used = imported;\n`;
  const results = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return results
    .flatMap((result) => result.messages)
    .filter((message) => message.ruleId !== null && IMPORT_RULES.has(message.ruleId))
    .map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('import boundaries', () => {
  it('stop a feature importing another feature', async () => {
    expect(
      await importProblems(
        'web/src/features/assessments/components/fixture.tsx',
        '../../partnerships/api/get-partnership.ts',
      ),
    ).toEqual([
      {
        ruleId: 'boundaries/dependencies',
        message: expect.stringMatching(/^A feature never imports another feature/),
      },
    ]);
  });

  it('stop components, lib and i18n importing any feature', async () => {
    for (const [filePath, source] of [
      ['web/src/components/fixture.tsx', '../features/auth/api/get-session.ts'],
      ['web/src/lib/fixture.ts', '../features/periods/api/get-periods.ts'],
      ['web/src/i18n/fixture.ts', '../features/auth/api/get-session.ts'],
    ] as const) {
      expect(await importProblems(filePath, source)).toEqual([
        {
          ruleId: 'boundaries/dependencies',
          message: expect.stringMatching(/^Only web\/src\/app imports a feature/),
        },
      ]);
    }
  });

  it('stop the web app importing API code, by path or by package', async () => {
    expect(await importProblems('web/src/lib/fixture.ts', '../../../api/src/errors.ts')).toEqual([
      { ruleId: 'boundaries/dependencies', message: expect.stringMatching(/^The web app never imports API code/) },
    ]);
    expect(await importProblems('web/src/features/auth/api/fixture.ts', '@koers/api/src/errors.ts')).toEqual([
      { ruleId: 'no-restricted-imports', message: expect.stringMatching(/The web app never imports API code/) },
    ]);
  });

  it('stop shared importing the web app or the API', async () => {
    expect(await importProblems('shared/src/fixture.ts', '../../web/src/lib/api-client.ts')).toEqual([
      { ruleId: 'boundaries/dependencies', message: expect.stringMatching(/^shared\/ serves the API and the web app/) },
    ]);
    expect(await importProblems('shared/src/fixture.ts', '../../api/src/errors.ts')).toEqual([
      { ruleId: 'boundaries/dependencies', message: expect.stringMatching(/^shared\/ serves the API and the web app/) },
    ]);
  });

  it('let a feature use its own code and the common parts, and the app compose features', async () => {
    expect(
      await importProblems('web/src/features/assessments/components/fixture.tsx', '../api/get-assessment.ts'),
    ).toEqual([]);
    expect(
      await importProblems('web/src/features/assessments/components/fixture.tsx', '../../../lib/api-client.ts'),
    ).toEqual([]);
    expect(
      await importProblems('web/src/app/routes/fixture.tsx', '../../features/partnerships/api/get-partnership.ts'),
    ).toEqual([]);
    expect(await importProblems('web/src/main.tsx', './features/auth/api/get-session.ts')).toEqual([]);
  });
});
