import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TConfig } from './config.ts';

/** Where a data folder keeps its key when KOERS_SECRET_KEY is not set. */
export const secretKeyFileIn = (dataDir: string) => path.join(dataDir, 'secret-key');

/**
 * The key that seals secrets Koers must read back: KOERS_SECRET_KEY, or else one made on first use and kept
 * in the data folder, readable only by its owner, as the embedded database's passwords are. Kept apart from
 * the database, so a dump or backup of it does not hold what the key seals.
 */
export async function secretKeyOf(config: Pick<TConfig, 'secretKey' | 'dataDir'>): Promise<Buffer> {
  if (config.secretKey) return config.secretKey;
  const file = secretKeyFileIn(config.dataDir);
  await mkdir(config.dataDir, { recursive: true });
  // `wx`: never replaces a key that exists, even when two processes start at once.
  await writeFile(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  });
  const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  if (key.byteLength !== 32) throw new Error(`${file} does not hold a key of 32 bytes in base64`);
  return key;
}
