import type { FastifyInstance } from 'fastify';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApplication, buildTestApp, createTestDatabase } from '../../test/test-app.ts';
import { APPLICATION_ROLE } from './application-role.ts';

describe('the application’s database role', () => {
  let ownerUrl: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    ownerUrl = await createTestDatabase();
    app = await buildTestApp({ connectionString: asApplication(ownerUrl) });
    await app.db
      .insertInto('audit_log')
      .values({ actor_person_id: null, action: 'test.written', subject_type: 'test', request_id: null, details: '{}' })
      .execute();
  });
  afterAll(() => app.close());

  it('is who the API works as: not a superuser, and owner of nothing', async () => {
    const { rows } = await sql<{ current_user: string; rolsuper: boolean; rolbypassrls: boolean; owned: number }>`
      SELECT current_user, r.rolsuper, r.rolbypassrls,
        (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned
      FROM pg_roles r WHERE r.rolname = current_user
    `.execute(app.db);
    expect(rows).toEqual([{ current_user: APPLICATION_ROLE, rolsuper: false, rolbypassrls: false, owned: 0 }]);
  });

  it('cannot change, delete or truncate audit rows, change the schema or switch the triggers off', async () => {
    const refused = [
      sql`UPDATE audit_log SET action = 'rewritten'`,
      sql`DELETE FROM audit_log`,
      sql`TRUNCATE audit_log`,
      sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete`,
      sql`ALTER TABLE audit_log DISABLE TRIGGER ALL`,
      sql`ALTER TABLE person ADD COLUMN nickname text`,
      sql`DROP TABLE attempt_throttle`,
      sql`CREATE TABLE shadow (id int)`,
      sql`SET session_replication_role = replica`,
      sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('forged', now()::text)`,
    ];
    for (const statement of refused) {
      await expect(statement.execute(app.db), statement.compile(app.db).sql).rejects.toThrow(
        /permission denied|must be owner|must be superuser|denied to set parameter/,
      );
    }
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(app.db);
    expect(rows[0]?.n).toBeGreaterThan(0);
  });

  it('is granted tables that later migrations add, by default', async () => {
    const owner = new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: ownerUrl }) }),
    });
    try {
      await sql`CREATE TABLE later_feature (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text)`.execute(
        owner,
      );
    } finally {
      await owner.destroy();
    }
    await sql`INSERT INTO later_feature (note) VALUES ('new')`.execute(app.db);
    const { rows } = await sql<{ note: string }>`SELECT note FROM later_feature`.execute(app.db);
    expect(rows).toEqual([{ note: 'new' }]);
    await expect(sql`ALTER TABLE later_feature ADD COLUMN extra text`.execute(app.db)).rejects.toThrow(/must be owner/);
  });
});
