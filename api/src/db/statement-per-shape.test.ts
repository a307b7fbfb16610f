import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-app.ts';
import type { TDatabase } from './schema.ts';
import { statementPerShape, type TSlotOf } from './statement-per-shape.ts';

describe('a statement compiled once per shape', () => {
  let db: Kysely<TDatabase>;
  beforeAll(async () => {
    db = new Kysely({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: await createTestDatabase() }) }),
    });
  });
  afterAll(() => db.destroy());

  type TValues = { word: string; times: number; words: readonly string[] };
  let builds = 0;
  const greeting = statementPerShape((executor, shape: { shout: boolean }, slot: TSlotOf<TValues>) => {
    builds += 1;
    const word = shape.shout ? sql<string>`upper(${slot('word')})` : sql<string>`${slot('word')}::text`;
    return executor.selectNoFrom([
      // A value given while building is kept as it is; the stand-ins take each run's values.
      sql<string>`repeat(${word}, ${slot('times')}::int) || ${'!'}::text`.as('text'),
      sql<number>`cardinality(${slot('words')}::text[])`.as('count'),
    ]);
  });

  it('binds each run’s values to the text compiled for its shape, building each shape once', async () => {
    const run = async (shout: boolean, values: TValues) => (await greeting(db, { shout }, values))[0];
    expect(await run(false, { word: 'ja', times: 2, words: ['a'] })).toEqual({ text: 'jaja!', count: 1 });
    expect(await run(false, { word: 'nee', times: 1, words: ['a', 'b'] })).toEqual({ text: 'nee!', count: 2 });
    expect(await run(true, { word: 'ja', times: 3, words: [] })).toEqual({ text: 'JAJAJA!', count: 0 });
    expect(await run(true, { word: 'nee', times: 1, words: ['c'] })).toEqual({ text: 'NEE!', count: 1 });
    expect(builds).toBe(2);
  });

  it('runs within a transaction it is given', async () => {
    const texts = await db.transaction().execute(async (trx) => {
      await sql`SET LOCAL application_name = 'koers-shape-test'`.execute(trx);
      const [row] = await greeting(trx, { shout: false }, { word: 'in', times: 1, words: [] });
      const { rows } = await sql<{ name: string }>`SELECT current_setting('application_name') AS name`.execute(trx);
      return [row?.text, rows[0]?.name];
    });
    expect(texts).toEqual(['in!', 'koers-shape-test']);
  });
});
