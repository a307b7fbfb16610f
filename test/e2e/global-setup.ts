import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDemoKoers } from './demo-koers.ts';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting needs declaration merging
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const WEB_INDEX = path.resolve(import.meta.dirname, '../../web/dist/index.html');

/** One Koers with the demo data for the whole browser suite (see demo-koers.ts); its files share it. */
export default async function setup(project: TestProject) {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(
      `The browser suite tests the built web app, but ${WEB_INDEX} is missing. ` +
        'Run "npm run test:e2e" (it builds first) or "npm run build --workspace web".',
    );
  }
  const koers = await startDemoKoers((message) => console.log(`[e2e] ${message}`));
  project.provide('baseUrl', koers.url);
  return koers.stop;
}
