import { sql } from 'kysely';
import type { TReviewQueueQuery } from '@koers/shared/follow-up';
import type { TExecutor } from '../../db/types.ts';
import { inScope, type TAccessScope } from '../auth/access-scope.ts';
import { selectFlags } from '../flags/flags.repository.ts';

/** Open flags of the partnerships in scope: most severe first, then longest open first; one page of them. */
export async function queueFlags(db: TExecutor, scope: TAccessScope, { page, pageSize }: TReviewQueueQuery) {
  return selectFlags(db)
    .select([
      (eb) =>
        eb
          .selectFrom('review as r')
          .innerJoin('assessment as a', 'a.id', 'r.assessment_id')
          .whereRef('a.partnership_id', '=', 'f.partnership_id')
          .select((e) => e.fn.max('r.updated_at').as('at'))
          .as('last_review_at'),
      sql<string>`COALESCE((SELECT rp.code FROM flag_reading r JOIN period rp ON rp.id = r.period_id WHERE r.flag_id = f.id ORDER BY rp.opens_on LIMIT 1), pe.code)`.as(
        'since_period_code',
      ),
      sql<string>`(SELECT count(*) FROM action_flag af WHERE af.flag_id = f.id)`.as('actions_total'),
      sql<string>`(SELECT count(*) FROM action_flag af JOIN action a ON a.id = af.action_id WHERE af.flag_id = f.id AND a.status IN ('open', 'in_progress'))`.as(
        'actions_open',
      ),
      sql<string>`(SELECT count(*) FROM action_flag af JOIN action a ON a.id = af.action_id WHERE af.flag_id = f.id AND a.status IN ('open', 'in_progress') AND a.due_on < current_date)`.as(
        'actions_overdue',
      ),
    ])
    .where('f.status', '<>', 'closed')
    .where(inScope('f.partnership_id', scope))
    .orderBy(sql`f.severity = 'high'`, 'desc')
    .orderBy('f.raised_at')
    .orderBy('p.name')
    .orderBy('f.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
}

export type TQueueFlagRow = Awaited<ReturnType<typeof queueFlags>>[number];

export async function countQueueFlags(db: TExecutor, scope: TAccessScope): Promise<number> {
  const { n } = await db
    .selectFrom('flag as f')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('f.status', '<>', 'closed')
    .where(inScope('f.partnership_id', scope))
    .executeTakeFirstOrThrow();
  return Number(n);
}
