import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { secretKeyOf } from './secret-key.ts';

describe('the secret key', () => {
  const folders: string[] = [];
  const newDataDir = async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'koers-key-'));
    folders.push(folder);
    return path.join(folder, 'data');
  };
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  it('is made once per data folder, readable by its owner only, and kept across starts', async () => {
    const dataDir = await newDataDir();
    // Ten starts at once agree on one key.
    const [first, ...others] = await Promise.all(
      Array.from({ length: 10 }, () => secretKeyOf({ secretKey: undefined, dataDir })),
    );
    expect(first?.byteLength).toBe(32);
    expect(others).toEqual(others.map(() => first));
    expect(await readdir(dataDir)).toEqual(['secret-key']);
    expect(await secretKeyOf({ secretKey: undefined, dataDir })).toEqual(first);
    const file = path.join(dataDir, 'secret-key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(Buffer.from(await readFile(file, 'utf8'), 'base64')).toEqual(first);
  });

  it('is KOERS_SECRET_KEY when that is set, and refuses a key file that holds no key', async () => {
    const dataDir = await newDataDir();
    const configured = randomBytes(32);
    expect(await secretKeyOf({ secretKey: configured, dataDir })).toEqual(configured);
    await secretKeyOf({ secretKey: undefined, dataDir });
    await writeFile(path.join(dataDir, 'secret-key'), 'short');
    await expect(secretKeyOf({ secretKey: undefined, dataDir })).rejects.toThrow(/32 bytes/);
  });
});
