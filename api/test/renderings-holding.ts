import { constants, inflateRawSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import type { TDatabase } from '../src/db/schema.ts';

/**
 * The partnerships whose kept dashboard holds `term`, in its themes or in its body unpacked: a scan of the
 * tables' columns as text sees only the body's compressed bytes.
 */
export async function renderingsHolding(db: Kysely<TDatabase>, term: string): Promise<string[]> {
  const rows = await db.selectFrom('dashboard_snapshot').select(['partnership_id', 'themes', 'body']).execute();
  const lower = term.toLowerCase();
  return rows
    .filter(({ themes, body }) => {
      // The body ends with a sync flush, not a final block (see `http/gzip-parts.ts`).
      const unpacked = inflateRawSync(body, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
      return `${JSON.stringify(themes)}${unpacked}`.toLowerCase().includes(lower);
    })
    .map((row) => row.partnership_id);
}
