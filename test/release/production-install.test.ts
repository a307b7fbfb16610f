import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findFreePort } from '../../api/src/db/embedded-postgres.ts';
import { createEmptyDatabase, startInstance, stopInstance, waitUntilReady } from '../support/instances.ts';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../..');

/** What only builds or tests Koers: none of it belongs in the production install. */
const BUILD_AND_TEST_TOOLS = [
  'tsx',
  'typescript',
  'vite',
  'vitest',
  'esbuild',
  'eslint',
  'prettier',
  'jsdom',
  'playwright-core',
  'lighthouse',
  'concurrently',
  'pino-pretty',
  'smtp-server',
];

type TRuntimeStage = {
  steps: Array<{ kind: 'copy'; from: string; to: string } | { kind: 'run'; command: string }>;
  cmd: string[];
  healthcheck: string[];
};

/**
 * The Dockerfile's runtime stage, read as a recipe: this machine has no Docker engine, so the test follows
 * the same COPY and RUN steps in a folder of its own. Whatever the Dockerfile says is what gets proven.
 */
async function readRuntimeStage(): Promise<TRuntimeStage> {
  const text = (await readFile(path.join(REPO, 'Dockerfile'), 'utf8')).replace(/\\\n\s*/g, ' ');
  const lines = text.split('\n').map((line) => line.trim());
  const start = lines.findIndex((line) => /^FROM \S+ AS runtime$/i.test(line));
  if (start < 0) throw new Error('the Dockerfile has no "AS runtime" stage');
  const stage: TRuntimeStage = { steps: [], cmd: [], healthcheck: [] };
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('COPY ')) {
      const words = line
        .split(/\s+/)
        .slice(1)
        .filter((word) => word !== '--from=build');
      const to = words.pop() ?? '';
      // Files of the build stage sit under /app there; here, in the repository after `npm run build`.
      for (const from of words) stage.steps.push({ kind: 'copy', from: from.replace(/^\/app\//, ''), to });
    } else if (line.startsWith('RUN ')) {
      stage.steps.push({ kind: 'run', command: line.slice(4) });
    } else if (line.startsWith('CMD ')) {
      stage.cmd = JSON.parse(line.slice(4)) as string[];
    } else if (line.startsWith('HEALTHCHECK ')) {
      stage.healthcheck = JSON.parse(line.slice(line.indexOf('CMD ') + 4)) as string[];
    }
  }
  return stage;
}

async function copyInto(folder: string, from: string, to: string) {
  const target = path.join(
    folder,
    to.endsWith('/') || to === '.' || to === './' ? path.join(to, path.basename(from)) : to,
  );
  await mkdir(path.dirname(target), { recursive: true });
  await cp(path.join(REPO, from), target, { recursive: true });
}

describe('the production image recipe, without Docker', () => {
  let folder = '';
  let stage: TRuntimeStage;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'koers-production-'));
    stage = await readRuntimeStage();
    // The recipe cleans npm's cache after installing: it gets a hard-linked copy of the machine's, which it
    // may empty without emptying the original, and which saves downloading every package again.
    const cache = path.join(folder, '.npm-cache');
    const { stdout: machineCache } = await run('npm', ['config', 'get', 'cache']);
    await mkdir(cache);
    // A machine that never installed anything has no cache to copy: the recipe then downloads what it needs.
    await run('cp', ['-al', path.join(machineCache.trim(), '_cacache'), cache]).catch(() => undefined);
    for (const step of stage.steps) {
      if (step.kind === 'copy') {
        await copyInto(folder, step.from, step.to);
      } else {
        await run('bash', ['-c', step.command], {
          cwd: folder,
          env: { ...process.env, npm_config_cache: cache, npm_config_prefer_offline: 'true' },
          maxBuffer: 64 * 1024 * 1024,
        });
      }
    }
  }, 600_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('installs no build or test tool: npm ls --omit=dev lists none', async () => {
    const { stdout } = await run('npm', ['ls', '--omit=dev', '--all', '--parseable', '--workspace', 'api'], {
      cwd: folder,
      maxBuffer: 64 * 1024 * 1024,
    });
    const marker = `${path.sep}node_modules${path.sep}`;
    const installed = new Set(
      stdout
        .split('\n')
        .filter((dir) => dir.includes(marker))
        .map((dir) => dir.slice(dir.lastIndexOf(marker) + marker.length)),
    );
    expect(installed.has('fastify')).toBe(true);
    expect(BUILD_AND_TEST_TOOLS.filter((tool) => installed.has(tool))).toEqual([]);
    expect([...installed].filter((name) => name.startsWith('@vitest/'))).toEqual([]);
    // Type declarations come only where a runtime package lists them among its own dependencies (the job
    // queue ships with its types' dependencies): never Koers's own development types.
    const declared = new Set<string>();
    for (const name of installed) {
      const manifest = JSON.parse(
        await readFile(path.join(folder, 'node_modules', name, 'package.json'), 'utf8').catch(() => '{}'),
      ) as { dependencies?: Record<string, string> };
      for (const dependency of Object.keys(manifest.dependencies ?? {})) declared.add(dependency);
    }
    const ownTypes = [...installed].filter((name) => name.startsWith('@types/') && !declared.has(name));
    expect(ownTypes).toEqual([]);
  });

  it('starts the built server on PostgreSQL: ready, the sign-in page served, the health check passes', async () => {
    const databaseUrl = await createEmptyDatabase(inject('postgresUrl'), 'production_install');
    const port = await findFreePort();
    expect(stage.cmd[0]).toBe('node');
    const server = startInstance(
      databaseUrl,
      port,
      { KOERS_DEMO_DATA: 'false' },
      { command: stage.cmd.slice(1), cwd: folder },
    );
    try {
      await waitUntilReady(port, 120_000);
      const login = await fetch(`http://127.0.0.1:${port}/login`);
      expect(login.status).toBe(200);
      expect(await login.text()).toContain('<div id="root">');
      expect(stage.healthcheck[0]).toBe('node');
      const health = await run(process.execPath, stage.healthcheck.slice(1), {
        cwd: folder,
        env: { ...process.env, PORT: String(port) },
      }).then(
        () => 0,
        (error: { code?: number }) => error.code ?? 1,
      );
      expect(health).toBe(0);
    } finally {
      await stopInstance(server);
    }
  });
});
