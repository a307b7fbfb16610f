import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.ts';
import { listMigrationNames } from './migrate.ts';

describe('migrations', () => {
  it('ships every migration file in the migrations folder, and nothing else', async () => {
    const files = (await readdir(path.join(REPO_ROOT, 'migrations')))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(listMigrationNames()).toEqual(files);
  });
});
