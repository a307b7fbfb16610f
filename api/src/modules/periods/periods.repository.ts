import { sql } from 'kysely';
import type { TExecutor } from '../../db/types.ts';

/** Periods, newest first, with the newest one that has opened marked as current. */
export async function listPeriods(db: TExecutor) {
  return db
    .selectFrom('period')
    .select([
      'id',
      'code',
      'opens_on',
      'due_on',
      'reminder_days',
      sql<boolean>`id IS NOT DISTINCT FROM (SELECT p.id FROM period p WHERE p.opens_on <= current_date ORDER BY p.opens_on DESC LIMIT 1)`.as(
        'current',
      ),
    ])
    .orderBy('opens_on', 'desc')
    .execute();
}

export async function findPeriod(db: TExecutor, periodId: string) {
  return db
    .selectFrom('period')
    .select(['id', 'code', 'opens_on', 'due_on', 'reminder_days'])
    .where('id', '=', periodId)
    .executeTakeFirst();
}

export async function insertPeriod(
  db: TExecutor,
  values: { code: string; opens_on: string; due_on: string; reminder_days?: number[] },
) {
  return db.insertInto('period').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updatePeriod(
  db: TExecutor,
  periodId: string,
  values: { opens_on?: string; due_on?: string; reminder_days?: number[] },
) {
  const result = await db.updateTable('period').set(values).where('id', '=', periodId).executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
