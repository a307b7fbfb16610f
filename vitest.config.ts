import { defineConfig } from 'vitest/config';

// One runner, one project per package. `npm test` runs shared, api, web and the cross-package suites;
// the browser suite (e2e) needs Debian's chromium and runs in .ci/run and `npm run test:e2e`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          root: './shared',
          environment: 'node',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'api',
          root: './api',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          globalSetup: ['./test/global-setup.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: './web/vite.config.ts',
        test: {
          name: 'web',
          root: './web',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/setup.ts'],
          // A page test renders, clicks and waits for the state it means; on a busy two-core machine that
          // can take longer than the 5 s default without anything being wrong.
          testTimeout: 20_000,
          // Loading the chart modules up front compiles Recharts, which takes a while on a busy machine.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'suites',
          root: './test',
          environment: 'node',
          include: [
            'authorization/**/*.test.ts',
            'instances/**/*.test.ts',
            'faults/**/*.test.ts',
            'fuzz/**/*.test.ts',
            'operations/**/*.test.ts',
            'house-rules/**/*.test.ts',
          ],
          globalSetup: ['../api/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The repository's own ESLint config run on small fixtures: its import boundaries bite.
        test: {
          name: 'lint',
          root: './test',
          environment: 'node',
          include: ['lint/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        // A minute of 200 simulated users against one API process: `npm run test:load`, and in CI.
        test: {
          name: 'load',
          root: './test',
          environment: 'node',
          include: ['load/**/*.test.ts'],
          globalSetup: ['../api/test/global-setup.ts'],
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The Dockerfile's runtime stage followed without Docker: `npm run test:release` (it builds first), and in CI.
        test: {
          name: 'release',
          root: './test',
          environment: 'node',
          include: ['release/**/*.test.ts'],
          globalSetup: ['../api/test/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: './test',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['./e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
