import type { Pool } from 'pg';
import { PREPARED_MARK } from './statement-cache.ts';

const DATA_VERSIONS = `SELECT scope, version::text AS version FROM data_version WHERE scope = ANY($1::text[]) ${PREPARED_MARK}`;

/** The versions of the given scopes; a scope that never changed is at version 0 and has no row. */
export async function findDataVersions(pool: Pool, scopes: readonly string[]): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ scope: string; version: string }>(DATA_VERSIONS, [scopes]);
  return new Map(rows.map((row) => [row.scope, row.version]));
}
