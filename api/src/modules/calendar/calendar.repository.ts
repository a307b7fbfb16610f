import { sql } from 'kysely';
import type { TLanguage } from '@koers/shared/language';
import type { TExecutor } from '../../db/types.ts';
import { inScope, type TAccessScope } from '../auth/access-scope.ts';

export async function findFeed(db: TExecutor, personId: string) {
  return db
    .selectFrom('calendar_feed')
    .select(['language', 'created_at', 'renewed_at'])
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** Makes the person's feed or gives it a new secret; `renewed` tells which of the two it was. */
export async function saveFeed(db: TExecutor, personId: string, tokenHash: string, language: TLanguage) {
  return (
    db
      .insertInto('calendar_feed')
      .values({ person_id: personId, token_hash: tokenHash, language })
      .onConflict((oc) =>
        oc.column('person_id').doUpdateSet({ token_hash: tokenHash, language, renewed_at: sql<Date>`now()` }),
      )
      // xmax is set on a row an upsert updated, and zero on one it inserted.
      .returning(['language', 'created_at', 'renewed_at', sql<boolean>`xmax <> 0`.as('renewed')])
      .executeTakeFirstOrThrow()
  );
}

export async function deleteFeed(db: TExecutor, personId: string): Promise<boolean> {
  const deleted = await db.deleteFrom('calendar_feed').where('person_id', '=', personId).executeTakeFirst();
  return deleted.numDeletedRows > 0n;
}

/** Whose feed a secret opens: only an active person's. */
export async function findFeedByToken(db: TExecutor, tokenHash: string) {
  return db
    .selectFrom('calendar_feed as f')
    .innerJoin('person as p', 'p.id', 'f.person_id')
    .select(['f.person_id', 'f.language'])
    .where('f.token_hash', '=', tokenHash)
    .where('p.status', '=', 'active')
    .executeTakeFirst();
}

/** Each quarter due on or after `since`, for every partnership in scope, with its assessment's state. */
export async function listQuarterDeadlines(db: TExecutor, scope: TAccessScope, since: string) {
  return db
    .selectFrom('partnership as p')
    .crossJoin('period as pe')
    .leftJoin('assessment as a', (join) =>
      join.onRef('a.partnership_id', '=', 'p.id').onRef('a.period_id', '=', 'pe.id'),
    )
    .select([
      'p.id as partnership_id',
      'p.name as partnership_name',
      'pe.id as period_id',
      'pe.code as period_code',
      'pe.due_on',
      'a.status as assessment_status',
    ])
    .where(inScope('p.id', scope))
    .where('pe.due_on', '>=', since)
    .orderBy('pe.due_on')
    .orderBy('p.name')
    .execute();
}

/** Open actions (not done, not dropped) in the partnerships in scope, and those the person owns anywhere. */
export async function listActionDeadlines(db: TExecutor, scope: TAccessScope, personId: string) {
  return db
    .selectFrom('action as a')
    .innerJoin('partnership as p', 'p.id', 'a.partnership_id')
    .select(['a.id', 'a.partnership_id', 'p.name as partnership_name', 'a.description', 'a.due_on', 'a.owner_id'])
    .where('a.status', 'in', ['open', 'in_progress'])
    .where((eb) => eb.or([inScope('p.id', scope), eb('a.owner_id', '=', personId)]))
    .orderBy('a.due_on')
    .orderBy('a.id')
    .execute();
}
