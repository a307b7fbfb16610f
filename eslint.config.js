import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/', '**/.tsbuild/', '.koers-data/', '**/node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Documenso's rule: `Z` for zod schemas, `T` for types, so a type and its schema never share a name.
      '@typescript-eslint/naming-convention': [
        'error',
        { selector: 'typeAlias', format: ['PascalCase'], prefix: ['T'] },
      ],
    },
  },
  {
    // Migrations are frozen in time and typed against Kysely<any> on purpose.
    files: ['migrations/**/*.ts', 'api/src/db/migrate.ts', 'api/src/scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['migrations/**/*.ts'],
    rules: {
      // Frozen: a migration keeps the names it shipped with.
      '@typescript-eslint/naming-convention': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@koers/*', '../api/*', '../shared/*'], message: 'Migrations never import application code.' },
          ],
        },
      ],
    },
  },
  {
    // Loaded by the first request that needs them (api/src/load-on-first-use.ts), not at the API's start.
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/load-on-first-use.ts', 'api/src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            'exceljs',
            'jszip',
            '@simplewebauthn/server',
            '@simplewebauthn/server/helpers',
            'nodemailer',
            'qrcode',
          ].map((name) => ({
            name,
            allowTypeImports: true,
            message: 'Load it on first use: api/src/load-on-first-use.ts.',
          })),
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Relative paths into api/ are the boundaries rule's below; this catches the package name.
              group: ['@koers/api', '@koers/api/*'],
              message: 'The web app never imports API code; share through @koers/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@koers/api', '@koers/api/*', '@koers/web', '@koers/web/*'],
              message: 'shared/ serves the API and the web app, so it imports neither.',
            },
          ],
        },
      ],
    },
  },
  {
    // Who may import whom (README, "Architecture"). Features meet only in web/src/app, which composes them;
    // components/, lib/ and i18n/ serve every feature and so know none; shared/ is used by api and web alike.
    files: ['web/**/*.{ts,tsx}', 'shared/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'web-feature', pattern: 'web/src/features/*', capture: ['feature'], partialMatch: false },
        { type: 'web-app', pattern: 'web/src/app', partialMatch: false },
        { type: 'web-common', pattern: 'web/src/{components,lib,i18n}', partialMatch: false },
        // main.tsx and the global styles: the entry point composes like web/src/app does.
        { type: 'web-app', pattern: 'web/src', partialMatch: false },
        // Test helpers render the whole app, as web/src/app does.
        { type: 'web-test', pattern: 'web/test', partialMatch: false },
        { type: 'web-other', pattern: 'web', partialMatch: false },
        { type: 'api', pattern: 'api', partialMatch: false },
        { type: 'shared', pattern: 'shared', partialMatch: false },
      ],
      'boundaries/legacy-templates': false,
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          // The last policy that matches decides.
          policies: [
            {
              disallow: { to: { element: { type: 'web-feature' } } },
              message:
                'Only web/src/app imports a feature: it composes them, so components/, lib/ and i18n/ stay free of any.',
            },
            {
              from: { element: { type: ['web-app', 'web-test'] } },
              allow: { to: { element: { type: 'web-feature' } } },
            },
            {
              from: { element: { type: 'web-feature' } },
              allow: {
                to: { element: { type: 'web-feature', captured: { feature: '{{ from.element.captured.feature }}' } } },
              },
            },
            {
              from: { element: { type: 'web-feature' } },
              disallow: {
                to: { element: { type: 'web-feature', captured: { feature: '!{{ from.element.captured.feature }}' } } },
              },
              message: 'A feature never imports another feature: let a route in web/src/app compose the two.',
            },
            {
              from: { element: { type: 'web-*' } },
              disallow: { to: { element: { type: 'api' } } },
              message: 'The web app never imports API code; share through shared/.',
            },
            {
              from: { element: { type: 'shared' } },
              disallow: { to: { element: { type: ['api', 'web-*'] } } },
              message: 'shared/ serves the API and the web app, so it imports neither.',
            },
          ],
        },
      ],
    },
  },
);
