import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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
  if (!existsSync(file)) {
    await mkdir(config.dataDir, { recursive: true });
    // Written whole under a name of its own, then linked into place: linking never replaces a key that
    // exists, and nobody reads a key file half written, even when two processes start at once.
    const draft = `${file}.${randomBytes(6).toString('hex')}`;
    await writeFile(draft, randomBytes(32).toString('base64'), { mode: 0o600 });
    await link(draft, file)
      .catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      })
      .finally(() => rm(draft, { force: true }));
  }
  const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  if (key.byteLength !== 32) throw new Error(`${file} does not hold a key of 32 bytes in base64`);
  return key;
}
