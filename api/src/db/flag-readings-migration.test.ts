import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../test/fixtures.ts';
import { createTestDatabase } from '../../test/test-app.ts';
import type { TDatabase } from './schema.ts';
import { createMigrator, listMigrationNames, migrateToLatest } from './migrate.ts';

const MIGRATION = '2026-12-06T0900-flag-readings';

describe('the flag readings migration', () => {
  // As the owner, who migrates: the application role may not change the schema.
  let db: Kysely<TDatabase>;
  beforeAll(async () => {
    const pool = new pg.Pool({ connectionString: await createTestDatabase() });
    db = new Kysely<TDatabase>({ dialect: new PostgresDialect({ pool }) });
  });
  afterAll(() => db.destroy());

  it('merges an open flag raised again in the next submitted quarter into one, keeping its links and steps', async () => {
    const names = listMigrationNames();
    const before = names[names.indexOf(MIGRATION) - 1] ?? '';
    const down = await createMigrator(db).migrateTo(before);
    expect(down.error).toBeUndefined();
    expect(down.results?.map((r) => r.migrationName)).toContain(MIGRATION);

    const person = await createPerson(db, [{ role: 'admin' }]);
    const { id: partnershipId } = await db
      .insertInto('partnership')
      .values({ name: 'Partnerschap Merge', region: 'Drenthe', sector: 'po', scenario: 'B' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const version = await db
      .selectFrom('instrument_version')
      .select('id')
      .where('version', '=', 1)
      .executeTakeFirstOrThrow();
    const periods: string[] = [];
    for (const [code, opensOn] of [
      ['2050-Q1', '2050-01-01'],
      ['2050-Q2', '2050-04-01'],
      ['2050-Q3', '2050-07-01'],
      ['2050-Q4', '2050-10-01'],
    ] as const) {
      const { id } = await db
        .insertInto('period')
        .values({ code, opens_on: opensOn, due_on: opensOn })
        .returning('id')
        .executeTakeFirstOrThrow();
      periods.push(id);
      await db
        .insertInto('assessment')
        .values({
          partnership_id: partnershipId,
          period_id: id,
          instrument_version_id: version.id,
          status: 'submitted',
          submitted_at: new Date(),
        })
        .execute();
    }
    const [q1, q2, q3, q4] = periods as [string, string, string, string];
    const flag = async (periodId: string, raisedAt: string, severity: 'high' | 'attention', score: number) => {
      const { id } = await db
        .insertInto('flag')
        .values({
          partnership_id: partnershipId,
          period_id: periodId,
          theme_number: 4,
          kind: 'weak',
          severity,
          facts: JSON.stringify({ score }),
          raised_at: raisedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    };
    // Weak in Q1, Q2 and Q3 (one run); the Q2 flag was acknowledged with an action linked.
    const first = await flag(q1, '2050-01-20T10:00:00Z', 'attention', 2.25);
    const second = await flag(q2, '2050-04-20T10:00:00Z', 'attention', 2.25);
    const third = await flag(q3, '2050-07-20T10:00:00Z', 'high', 1.75);
    await db
      .updateTable('flag')
      .set({ status: 'acknowledged', acknowledged_at: new Date('2050-04-22T10:00:00Z'), acknowledged_by: person.id })
      .where('id', '=', second)
      .execute();
    await db
      .insertInto('flag_event')
      .values({ flag_id: second, actor_person_id: person.id, event: 'acknowledged', note: null })
      .execute();
    const { id: actionId } = await db
      .insertInto('action')
      .values({
        partnership_id: partnershipId,
        description: 'Datagesprek',
        owner_id: person.id,
        due_on: '2050-06-01',
        support_type: 'other',
        created_by: person.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('action_flag').values({ action_id: actionId, flag_id: second }).execute();
    // Q4's flag was talked through and closed: a closed flag joins no run.
    const closed = await flag(q4, '2050-10-20T10:00:00Z', 'attention', 2.4);
    await sql`UPDATE flag SET status = 'closed', closed_at = now(), closed_by = ${person.id} WHERE id = ${closed}`.execute(
      db,
    );

    await migrateToLatest(db);

    const flags = await db
      .selectFrom('flag')
      .select(['id', 'period_id', 'severity', 'facts', 'raised_at', 'status', 'acknowledged_by'])
      .where('partnership_id', '=', partnershipId)
      .orderBy('raised_at')
      .execute();
    expect(flags.map((f) => f.id)).toEqual([first, closed]);
    expect(flags[0]).toMatchObject({
      period_id: q3,
      severity: 'high',
      facts: { score: 1.75 },
      raised_at: new Date('2050-01-20T10:00:00Z'),
      status: 'acknowledged',
      acknowledged_by: person.id,
    });
    const readings = await db
      .selectFrom('flag_reading')
      .select(['flag_id', 'period_id', 'severity'])
      .where('flag_id', 'in', [first, closed])
      .orderBy('recorded_at')
      .execute();
    expect(readings).toEqual([
      { flag_id: first, period_id: q1, severity: 'attention' },
      { flag_id: first, period_id: q2, severity: 'attention' },
      { flag_id: first, period_id: q3, severity: 'high' },
      { flag_id: closed, period_id: q4, severity: 'attention' },
    ]);
    expect(await db.selectFrom('action_flag').select('flag_id').where('action_id', '=', actionId).execute()).toEqual([
      { flag_id: first },
    ]);
    expect(await db.selectFrom('flag_event').select('event').where('flag_id', '=', first).execute()).toEqual([
      { event: 'acknowledged' },
    ]);
    expect(await db.selectFrom('flag').select('id').where('id', 'in', [second, third]).execute()).toEqual([]);
  });
});
