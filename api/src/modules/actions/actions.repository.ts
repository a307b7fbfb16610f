import { sql } from 'kysely';
import type { TActionCreate, TActionStatus } from '@koers/shared/follow-up';
import type { TExecutor } from '../../db/types.ts';

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

type TActionFilter = { partnershipId?: string; flagId?: string; actionId?: string };

export async function listActions(db: TExecutor, filter: TActionFilter) {
  let q = db
    .selectFrom('action as a')
    .innerJoin('person as o', 'o.id', 'a.owner_id')
    .innerJoin('person as c', 'c.id', 'a.created_by')
    .leftJoin('peer_review_link as pr', 'pr.action_id', 'a.id')
    .leftJoin('action as pa', 'pa.id', 'pr.peer_action_id')
    .leftJoin('partnership as pp', 'pp.id', 'pa.partnership_id')
    .select([
      ...ACTION_COLUMNS,
      'pa.id as peer_action_id',
      'pa.status as peer_status',
      'pp.id as peer_partnership_id',
      'pp.name as peer_partnership_name',
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

async function actionLinks(db: TExecutor, actionIds: readonly string[]) {
  if (actionIds.length === 0) return [];
  return db
    .selectFrom('action_flag as af')
    .innerJoin('flag as f', 'f.id', 'af.flag_id')
    .select(['af.action_id', 'af.flag_id', 'f.kind', 'f.theme_number'])
    .where('af.action_id', 'in', [...actionIds])
    .orderBy('f.raised_at')
    .execute();
}

async function actionNotes(db: TExecutor, actionIds: readonly string[]) {
  if (actionIds.length === 0) return [];
  return db
    .selectFrom('action_note as n')
    .innerJoin('person as p', 'p.id', 'n.author_id')
    .select(['n.action_id', 'p.display_name as author', 'n.text', 'n.status_change', 'n.created_at'])
    .where('n.action_id', 'in', [...actionIds])
    .orderBy('n.created_at')
    .execute();
}

async function actionApproaches(db: TExecutor, actionIds: readonly string[]) {
  if (actionIds.length === 0) return [];
  return db
    .selectFrom('action_good_approach as ag')
    .innerJoin('good_approach as g', 'g.id', 'ag.good_approach_id')
    .select(['ag.action_id', 'g.id', 'g.title'])
    .where('ag.action_id', 'in', [...actionIds])
    .orderBy('g.title')
    .execute();
}

/** Actions with the flags they answer, the good approaches they build on and their progress notes. */
export async function listActionRecords(db: TExecutor, filter: TActionFilter) {
  const rows = await listActions(db, filter);
  const ids = rows.map((r) => r.id);
  const [links, notes, approaches] = await Promise.all([
    actionLinks(db, ids),
    actionNotes(db, ids),
    actionApproaches(db, ids),
  ]);
  return { rows, links, notes, approaches };
}

export type TActionRecords = Awaited<ReturnType<typeof listActionRecords>>;

export async function insertAction(db: TExecutor, partnershipId: string, input: TActionCreate, personId: string) {
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

export async function linkFlags(db: TExecutor, actionId: string, flagIds: readonly string[]) {
  if (flagIds.length === 0) return;
  await db
    .insertInto('action_flag')
    .values(flagIds.map((flag_id) => ({ action_id: actionId, flag_id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Ties two partnerships' actions together as one peer review, each side naming the other. */
export async function linkPeerReview(db: TExecutor, actionId: string, peerActionId: string) {
  await db
    .insertInto('peer_review_link')
    .values([
      { action_id: actionId, peer_action_id: peerActionId },
      { action_id: peerActionId, peer_action_id: actionId },
    ])
    .execute();
}

/** Links good approaches to an action; only published ones, the rest are answered as unknown. */
export async function linkGoodApproaches(db: TExecutor, actionId: string, approachIds: readonly string[]) {
  if (approachIds.length === 0) return [];
  const linked = await db
    .insertInto('action_good_approach')
    .columns(['action_id', 'good_approach_id'])
    .expression((eb) =>
      eb
        .selectFrom('good_approach')
        .select([sql<string>`${actionId}::uuid`.as('action_id'), 'id'])
        .where('id', 'in', [...approachIds])
        .where('status', '=', 'published'),
    )
    .returning('good_approach_id')
    .execute();
  return linked.map((l) => l.good_approach_id);
}

export async function addActionNote(
  db: TExecutor,
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
export async function isPersonOfPartnership(db: TExecutor, partnershipId: string, personId: string) {
  const row = await db
    .selectFrom('role_assignment')
    .select('id')
    .where('person_id', '=', personId)
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirst();
  return row !== undefined;
}
