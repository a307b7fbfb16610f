import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase } from '../../test/test-app.ts';
import { createStatementCache, PREPARED_MARK, prepareMarkedStatements } from './statement-cache.ts';

describe('the statement cache', () => {
  it('names the marked statements, the same name for the same text', () => {
    const cache = createStatementCache();
    const text = `select id from partnership where id = $1 ${PREPARED_MARK}`;
    const name = cache.nameOf(text);
    expect(name).toMatch(/^koers-[0-9a-f]{20}$/);
    expect(cache.nameOf(text)).toBe(name);
    expect(cache.nameOf(`select id from person where id = $1 ${PREPARED_MARK}`)).not.toBe(name);
  });

  it('never names a statement without the mark, however often it is sent', () => {
    const cache = createStatementCache();
    for (const text of ['begin', 'commit', 'select id from partnership where id = $1']) {
      for (let i = 0; i < 10; i++) expect(cache.nameOf(text)).toBeUndefined();
    }
  });

  it('prepares at most a bounded number of statements, however many different texts are marked', () => {
    const cache = createStatementCache();
    const named = new Set<string>();
    for (let n = 0; n < 400; n++) {
      const name = cache.nameOf(`select ${String(n)} ${PREPARED_MARK}`);
      if (name) named.add(name);
    }
    expect(named.size).toBe(250);
  });

  describe('on a real connection', () => {
    let pool: pg.Pool;
    beforeAll(async () => {
      pool = new pg.Pool({ connectionString: await createTestDatabase(), max: 1 });
      const cache = createStatementCache();
      pool.on('connect', (client) => prepareMarkedStatements(client, cache));
    });
    afterAll(() => pool.end());

    it('runs a marked statement prepared, with the same answers, and leaves the others unprepared', async () => {
      const text = `select $1::int + 1 as next ${PREPARED_MARK}`;
      await pool.query('select $1::int as unmarked', [1]);
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
          client.query<{ next: number }>(`select $1::int + 1 as next ${PREPARED_MARK}`, [41], (error, result) =>
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
