import type { Pool, QueryResultRow } from 'pg';

/**
 * Runs one of the few statements on the path of (nearly) every request as a named prepared statement:
 * PostgreSQL parses and plans it once per connection instead of on every call, which for these
 * statements costs more than running them. The text must be the same on every call under one name.
 */
export async function queryPrepared<TRow extends QueryResultRow>(
  pool: Pool,
  name: string,
  text: string,
  values: unknown[],
): Promise<TRow[]> {
  const { rows } = await pool.query<TRow>({ name, text, values });
  return rows;
}
