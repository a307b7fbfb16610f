import { sql } from 'kysely';
import type { TActionCreate, TActionStatus, TReviewQueueQuery } from '@koers/shared/follow-up';
import type { Executor } from '../../db/types.ts';
import { inScope, type TAccessScope } from '../auth/access-scope.ts';
import { selectFlags } from '../flags/flags.repository.ts';

export async function findFlag(db: Executor, scope: TAccessScope, flagId: string) {
  return selectFlags(db).where('f.id', '=', flagId).where(inScope('f.partnership_id', scope)).executeTakeFirst();
}

export type FlagRow = NonNullable<Awaited<ReturnType<typeof findFlag>>>;

/** Open flags of the partnerships in scope: most severe first, then longest open first; one page of them. */
export async function queueFlags(db: Executor, scope: TAccessScope, { page, pageSize }: TReviewQueueQuery) {
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

export async function countQueueFlags(db: Executor, scope: TAccessScope): Promise<number> {
  const { n } = await db
    .selectFrom('flag as f')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('f.status', '<>', 'closed')
    .where(inScope('f.partnership_id', scope))
    .executeTakeFirstOrThrow();
  return Number(n);
}

export async function flagEvents(db: Executor, flagId: string) {
  return db
    .selectFrom('flag_event as e')
    .leftJoin('person as p', 'p.id', 'e.actor_person_id')
    .select(['e.event', 'e.occurred_at', 'p.display_name as actor', 'e.note'])
    .where('e.flag_id', '=', flagId)
    .orderBy('e.id')
    .execute();
}

export async function addFlagEvent(
  db: Executor,
  flagId: string,
  personId: string,
  event: 'acknowledged' | 'action_linked' | 'closed',
  note: string | null,
) {
  await db.insertInto('flag_event').values({ flag_id: flagId, actor_person_id: personId, event, note }).execute();
}

/** Moves a flag on; false when it had already moved (acknowledged, or closed). */
export async function setFlagStatus(
  db: Executor,
  flagId: string,
  status: 'acknowledged' | 'closed',
  personId: string,
  resolution: string | null,
): Promise<boolean> {
  // Only from the state the step starts from: of two requests at once (a double click), one changes it.
  const result = await db
    .updateTable('flag')
    .set(
      status === 'acknowledged'
        ? { status, acknowledged_at: sql<Date>`now()`, acknowledged_by: personId }
        : { status, closed_at: sql<Date>`now()`, closed_by: personId, resolution },
    )
    .where('id', '=', flagId)
    .where('status', status === 'acknowledged' ? '=' : '<>', status === 'acknowledged' ? 'open' : 'closed')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

const ACTION_COLUMNS = [
  'a.id',
  'a.partnership_id',
  'a.theme_number',
  'a.description',
  'a.owner_id',
  'o.display_name as owner_name',
  'a.due_on',
  'a.support_type',
  'a.status',
  'c.display_name as created_by_name',
  'a.created_at',
] as const;

export async function listActions(
  db: Executor,
  filter: { partnershipId?: string; flagId?: string; actionId?: string },
) {
  let q = db
    .selectFrom('action as a')
    .innerJoin('person as o', 'o.id', 'a.owner_id')
    .innerJoin('person as c', 'c.id', 'a.created_by')
    .select([
      ...ACTION_COLUMNS,
      sql<boolean>`a.due_on < current_date AND a.status IN ('open', 'in_progress')`.as('overdue'),
    ])
    .orderBy('a.due_on')
    .orderBy('a.created_at');
  if (filter.partnershipId) q = q.where('a.partnership_id', '=', filter.partnershipId);
  if (filter.actionId) q = q.where('a.id', '=', filter.actionId);
  if (filter.flagId) {
    const flagId = filter.flagId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('action_flag as af')
          .select('af.flag_id')
          .whereRef('af.action_id', '=', 'a.id')
          .where('af.flag_id', '=', flagId),
      ),
    );
  }
  return q.execute();
}

export type ActionRow = Awaited<ReturnType<typeof listActions>>[number];

export async function actionLinks(db: Executor, actionIds: readonly string[]) {
  if (actionIds.length === 0) return [];
  return db
    .selectFrom('action_flag as af')
    .innerJoin('flag as f', 'f.id', 'af.flag_id')
    .select(['af.action_id', 'af.flag_id', 'f.kind', 'f.theme_number'])
    .where('af.action_id', 'in', [...actionIds])
    .orderBy('f.raised_at')
    .execute();
}

export async function actionNotes(db: Executor, actionIds: readonly string[]) {
  if (actionIds.length === 0) return [];
  return db
    .selectFrom('action_note as n')
    .innerJoin('person as p', 'p.id', 'n.author_id')
    .select(['n.action_id', 'p.display_name as author', 'n.text', 'n.status_change', 'n.created_at'])
    .where('n.action_id', 'in', [...actionIds])
    .orderBy('n.created_at')
    .execute();
}

export async function insertAction(db: Executor, partnershipId: string, input: TActionCreate, personId: string) {
  return db
    .insertInto('action')
    .values({
      partnership_id: partnershipId,
      theme_number: input.theme,
      description: input.description,
      owner_id: input.ownerId,
      due_on: input.dueOn,
      support_type: input.supportType,
      created_by: personId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function linkFlags(db: Executor, actionId: string, flagIds: readonly string[]) {
  if (flagIds.length === 0) return;
  await db
    .insertInto('action_flag')
    .values(flagIds.map((flag_id) => ({ action_id: actionId, flag_id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function addActionNote(
  db: Executor,
  actionId: string,
  personId: string,
  text: string,
  status: TActionStatus | null,
) {
  await db
    .insertInto('action_note')
    .values({ action_id: actionId, author_id: personId, text, status_change: status })
    .execute();
  if (status)
    await db
      .updateTable('action')
      .set({ status, updated_at: sql<Date>`now()` })
      .where('id', '=', actionId)
      .execute();
}

/** People who may own an action: those with a role in the partnership. */
export async function isPersonOfPartnership(db: Executor, partnershipId: string, personId: string) {
  const row = await db
    .selectFrom('role_assignment')
    .select('id')
    .where('person_id', '=', personId)
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findReview(db: Executor, assessmentId: string) {
  return db
    .selectFrom('review as r')
    .innerJoin('person as a', 'a.id', 'r.author_id')
    .leftJoin('person as rb', 'rb.id', 'r.responded_by')
    .select([
      'r.id',
      'r.assessment_id',
      'a.display_name as author',
      'r.summary',
      'r.question_behind',
      'r.theme_remarks',
      'r.response_text',
      'rb.display_name as responded_by',
      'r.responded_at',
      'r.created_at',
      'r.updated_at',
    ])
    .where('r.assessment_id', '=', assessmentId)
    .executeTakeFirst();
}
