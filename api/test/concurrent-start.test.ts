import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { TDatabase } from '../src/db/schema.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { DEMO_PARTNERSHIPS } from '../src/demo/demo-partnerships.ts';
import { seedDemoData } from '../src/demo/seed-demo.ts';
import { inject } from 'vitest';
import { withDatabase } from './database-url.ts';

describe('two instances starting at once on one empty database', () => {
  const instances: Kysely<TDatabase>[] = [];
  afterAll(async () => {
    await Promise.all(instances.map((db) => db.destroy()));
  });

  it('migrate and load the demo data exactly once, without error', async () => {
    // An empty database, not the migrated template: both instances find nothing applied.
    const name = `koers_empty_${Date.now()}`;
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();

    const url = withDatabase(inject('postgresUrl'), name);
    const connect = () =>
      new Kysely<TDatabase>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }) });
    const first = connect();
    instances.push(first, connect());

    const migrated = await Promise.all(instances.map((db) => migrateToLatest(db)));
    // Each migration ran in exactly one of the two instances.
    expect(migrated.flat().sort()).toEqual([...new Set(migrated.flat())].sort());
    expect(migrated.flat().length).toBeGreaterThan(0);

    const seeded = await Promise.all(instances.map((db) => seedDemoData(db)));
    expect(seeded.filter(Boolean)).toHaveLength(1);
    const count = await first
      .selectFrom('partnership')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(DEMO_PARTNERSHIPS.length);
  });
});
