import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app.ts';
import { findDataVersions } from './data-versions.ts';
import type { TExecutor } from './types.ts';

describe('data versions', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  const move = (db: TExecutor, scopes: string[]) => sql`SELECT bump_data_versions(${scopes}::text[])`.execute(db);
  const versions = async () =>
    Object.fromEntries(await findDataVersions(app.pg.pool, ['v:a', 'v:b', 'v:c', 'v:d', 'v:e']));

  it('moves each scope once per transaction, however often its rows change in it', async () => {
    await app.db.transaction().execute(async (trx) => {
      await move(trx, ['v:a', 'v:b']);
      await move(trx, ['v:a']);
      await move(trx, ['v:b', 'v:c', 'v:c']);
    });
    expect(await versions()).toEqual({ 'v:a': '1', 'v:b': '1', 'v:c': '1' });
    // The next transaction moves them again; one on its own moves what it names.
    await app.db.transaction().execute(async (trx) => {
      await move(trx, ['v:a']);
      await move(trx, ['v:a', 'v:c']);
    });
    await move(app.db, ['v:b']);
    expect(await versions()).toEqual({ 'v:a': '2', 'v:b': '2', 'v:c': '2' });
  });

  it('forgets the moves a rolled-back savepoint took back', async () => {
    await app.db.transaction().execute(async (trx) => {
      await sql`SAVEPOINT attempt`.execute(trx);
      await move(trx, ['v:d', 'v:e']);
      await sql`ROLLBACK TO SAVEPOINT attempt`.execute(trx);
      await move(trx, ['v:d']);
    });
    expect(await versions()).toMatchObject({ 'v:d': '1' });
    expect(await versions()).not.toHaveProperty('v:e');
  });
});
