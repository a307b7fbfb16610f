import { sql } from 'kysely';
import type { TIntervisionRoundCreate, TIntervisionSessionCreate } from '@koers/shared/intervision';
import type { TExecutor } from '../../db/types.ts';

export async function insertRound(db: TExecutor, input: TIntervisionRoundCreate, facilitatorId: string) {
  return db
    .insertInto('intervision_round')
    .values({
      theme_number: input.theme,
      title: input.title,
      invitation: input.invitation,
      sign_up_deadline: input.signUpDeadline,
      facilitator_id: facilitatorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

function selectRounds(db: TExecutor) {
  return db
    .selectFrom('intervision_round as r')
    .innerJoin('person as f', 'f.id', 'r.facilitator_id')
    .select((eb) => [
      'r.id',
      'r.theme_number',
      'r.title',
      'r.invitation',
      'r.sign_up_deadline',
      'r.status',
      'r.facilitator_id',
      'f.display_name as facilitator_name',
      sql<boolean>`r.status = 'open' AND current_date <= r.sign_up_deadline`.as('sign_up_open'),
      eb
        .selectFrom('intervision_sign_up as s')
        .select((c) => c.fn.countAll<string>().as('n'))
        .whereRef('s.round_id', '=', 'r.id')
        .as('sign_up_count'),
    ]);
}

export type TRoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

export async function findRound(db: TExecutor, roundId: string) {
  return selectRounds(db).where('r.id', '=', roundId).executeTakeFirst();
}

/** Open rounds for anyone who takes part, and every round the person facilitates or signed up for. */
export async function listRounds(db: TExecutor, personId: string) {
  return selectRounds(db)
    .where((eb) =>
      eb.or([
        eb('r.status', '=', 'open'),
        eb('r.facilitator_id', '=', personId),
        eb.exists(
          eb
            .selectFrom('intervision_sign_up as s')
            .select('s.id')
            .whereRef('s.round_id', '=', 'r.id')
            .where('s.person_id', '=', personId),
        ),
      ]),
    )
    .orderBy('r.sign_up_deadline', 'desc')
    .orderBy('r.created_at', 'desc')
    .execute();
}

type TSignUpFilter = { roundId?: string; groupIds?: readonly string[]; personId?: string };

export async function listSignUps(db: TExecutor, filter: TSignUpFilter) {
  let q = db
    .selectFrom('intervision_sign_up as s')
    .innerJoin('person as p', 'p.id', 's.person_id')
    .innerJoin('partnership as pa', 'pa.id', 's.partnership_id')
    .select([
      's.id',
      's.round_id',
      's.group_id',
      's.person_id',
      'p.display_name as person_name',
      's.partnership_id',
      'pa.name as partnership_name',
      's.dilemma',
      's.case_text',
      's.created_at',
    ])
    .orderBy('s.created_at')
    .orderBy('s.id');
  if (filter.roundId) q = q.where('s.round_id', '=', filter.roundId);
  if (filter.personId) q = q.where('s.person_id', '=', filter.personId);
  if (filter.groupIds) {
    if (filter.groupIds.length === 0) return [];
    q = q.where('s.group_id', 'in', [...filter.groupIds]);
  }
  return q.execute();
}

export type TSignUpRow = Awaited<ReturnType<typeof listSignUps>>[number];

export async function saveSignUp(
  db: TExecutor,
  values: { roundId: string; personId: string; partnershipId: string; dilemma: string; caseText: string | null },
) {
  await db
    .insertInto('intervision_sign_up')
    .values({
      round_id: values.roundId,
      person_id: values.personId,
      partnership_id: values.partnershipId,
      dilemma: values.dilemma,
      case_text: values.caseText,
    })
    .onConflict((oc) =>
      oc.columns(['round_id', 'person_id']).doUpdateSet({
        partnership_id: values.partnershipId,
        dilemma: values.dilemma,
        case_text: values.caseText,
        updated_at: sql<Date>`now()`,
      }),
    )
    .execute();
}

export async function deleteSignUp(db: TExecutor, roundId: string, personId: string) {
  return db
    .deleteFrom('intervision_sign_up')
    .where('round_id', '=', roundId)
    .where('person_id', '=', personId)
    .returning('id')
    .executeTakeFirst();
}

/** The school boards that are members of each partnership. */
export async function boardsOfPartnerships(db: TExecutor, partnershipIds: readonly string[]) {
  if (partnershipIds.length === 0) return new Map<string, string[]>();
  const rows = await db
    .selectFrom('partnership_member as m')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select(['m.partnership_id', 'o.id'])
    .where('o.kind', '=', 'school_board')
    .where('m.partnership_id', 'in', [...partnershipIds])
    .execute();
  const boards = new Map<string, string[]>();
  for (const row of rows) boards.set(row.partnership_id, [...(boards.get(row.partnership_id) ?? []), row.id]);
  return boards;
}

/** Replaces a round's groups: numbered from 1, each with its sign-ups and the case chosen for it. */
export async function replaceGroups(
  db: TExecutor,
  roundId: string,
  groups: readonly { signUpIds: readonly string[]; chosenSignUpId: string | null }[],
) {
  await db.deleteFrom('intervision_group').where('round_id', '=', roundId).execute();
  for (const [index, group] of groups.entries()) {
    const { id } = await db
      .insertInto('intervision_group')
      .values({ round_id: roundId, number: index + 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('intervision_sign_up')
      .set({ group_id: id })
      .where('round_id', '=', roundId)
      .where('id', 'in', [...group.signUpIds])
      .execute();
    if (group.chosenSignUpId)
      await db
        .updateTable('intervision_group')
        .set({ chosen_sign_up_id: group.chosenSignUpId })
        .where('id', '=', id)
        .execute();
  }
}

export async function listGroups(db: TExecutor, filter: { roundId?: string; groupId?: string }) {
  let q = db
    .selectFrom('intervision_group as g')
    .innerJoin('intervision_round as r', 'r.id', 'g.round_id')
    .select(['g.id', 'g.round_id', 'g.number', 'g.chosen_sign_up_id', 'r.facilitator_id', 'r.status'])
    .orderBy('g.number');
  if (filter.roundId) q = q.where('g.round_id', '=', filter.roundId);
  if (filter.groupId) q = q.where('g.id', '=', filter.groupId);
  return q.execute();
}

export type TGroupRow = Awaited<ReturnType<typeof listGroups>>[number];

export async function confirmRound(db: TExecutor, roundId: string) {
  await db
    .updateTable('intervision_round')
    .set({ status: 'confirmed', confirmed_at: sql<Date>`now()` })
    .where('id', '=', roundId)
    .execute();
}

export async function insertSession(db: TExecutor, groupId: string, input: TIntervisionSessionCreate) {
  return db
    .insertInto('intervision_session')
    .values({
      group_id: groupId,
      starts_at: new Date(input.startsAt),
      ends_at: new Date(input.endsAt),
      place: input.place,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function listSessions(db: TExecutor, groupIds: readonly string[]) {
  if (groupIds.length === 0) return [];
  return db
    .selectFrom('intervision_session')
    .select(['id', 'group_id', 'starts_at', 'ends_at', 'place'])
    .where('group_id', 'in', [...groupIds])
    .orderBy('starts_at')
    .execute();
}

export async function linkTakeAway(db: TExecutor, actionId: string, groupId: string) {
  await db.insertInto('intervision_take_away').values({ action_id: actionId, group_id: groupId }).execute();
}

/**
 * The sessions a person's calendar shows: those of confirmed groups they belong to or facilitate,
 * from `from` on.
 */
export async function sessionsOfPerson(db: TExecutor, personId: string, from: Date) {
  return db
    .selectFrom('intervision_session as s')
    .innerJoin('intervision_group as g', 'g.id', 's.group_id')
    .innerJoin('intervision_round as r', 'r.id', 'g.round_id')
    .select(['s.id', 's.starts_at', 's.ends_at', 's.place', 'r.id as round_id', 'r.title', 'g.number'])
    .where('r.status', '=', 'confirmed')
    .where('s.ends_at', '>=', from)
    .where((eb) =>
      eb.or([
        eb('r.facilitator_id', '=', personId),
        eb.exists(
          eb
            .selectFrom('intervision_sign_up as m')
            .select('m.id')
            .whereRef('m.group_id', '=', 'g.id')
            .where('m.person_id', '=', personId),
        ),
      ]),
    )
    .orderBy('s.starts_at')
    .execute();
}

/** Erasure: a person's dilemmas and cases go with them. */
export async function deleteSignUpsOfPerson(db: TExecutor, personId: string) {
  await db.deleteFrom('intervision_sign_up').where('person_id', '=', personId).execute();
}
