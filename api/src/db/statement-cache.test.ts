import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase } from '../../test/test-app.ts';
import { createStatementCache, prepareRepeatedStatements } from './statement-cache.ts';

describe('the statement cache', () => {
  it('names a statement from its third sending on, and the same name for the same text', () => {
    const cache = createStatementCache();
    const text = 'select id from partnership where id = $1';
    expect(cache.nameOf(text)).toBeUndefined();
    expect(cache.nameOf(text)).toBeUndefined();
    const name = cache.nameOf(text);
    expect(name).toMatch(/^koers-[0-9a-f]{20}$/);
    expect(cache.nameOf(text)).toBe(name);
    expect(cache.nameOf('select id from person where id = $1')).toBeUndefined();
  });

  it('never names transaction control, settings, or several statements in one text', () => {
    const cache = createStatementCache();
    for (const text of ['begin', 'commit', 'SET lock_timeout = 100', 'select 1; select 2', 'CREATE INDEX i ON t (c)']) {
      for (let i = 0; i < 5; i++) expect(cache.nameOf(text)).toBeUndefined();
    }
  });

  it('prepares at most a bounded number of statements, however many different texts are sent', () => {
    const cache = createStatementCache();
    const named = new Set<string>();
    for (let n = 0; n < 400; n++) {
      const text = `select ${String(n)}`;
      for (let i = 0; i < 3; i++) {
        const name = cache.nameOf(text);
        if (name) named.add(name);
      }
    }
    expect(named.size).toBe(250);
  });

  describe('on a real connection', () => {
    let pool: pg.Pool;
    beforeAll(async () => {
      pool = new pg.Pool({ connectionString: await createTestDatabase(), max: 1 });
      const cache = createStatementCache();
      pool.on('connect', (client) => prepareRepeatedStatements(client, cache));
    });
    afterAll(() => pool.end());

    it('runs a repeated statement prepared, with the same answers as before', async () => {
      const text = 'select $1::int + 1 as next';
      const answers = [];
      for (let n = 0; n < 5; n++) answers.push((await pool.query<{ next: number }>(text, [n])).rows[0]?.next);
      expect(answers).toEqual([1, 2, 3, 4, 5]);
      const { rows } = await pool.query<{ statement: string }>(
        'select statement from pg_prepared_statements where name like $1',
        ['koers-%'],
      );
      expect(rows.map((row) => row.statement)).toEqual([text]);
    });

    it('keeps callbacks and transactions working', async () => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const next = await new Promise<number | undefined>((resolve, reject) => {
          client.query<{ next: number }>('select $1::int + 1 as next', [41], (error, result) =>
            error ? reject(error) : resolve(result.rows[0]?.next),
          );
        });
        await client.query('commit');
        expect(next).toBe(42);
      } finally {
        client.release();
      }
    });
  });
});
