import { sql, type Transaction } from 'kysely';
import type { TFlagKind } from '@koers/shared/flags';
import type { TDatabase } from '../../db/schema.ts';
import type { TExecutor } from '../../db/types.ts';

/** The Monday that starts this week in the Netherlands: the key of this week's digests. */
export async function currentWeekOf(db: TExecutor) {
  const { rows } = await sql<{ week_of: string }>`
    SELECT date_trunc('week', now() AT TIME ZONE 'Europe/Amsterdam')::date::text AS week_of
  `.execute(db);
  return rows[0]?.week_of ?? '';
}

/** Active people with an address who chose the weekly digest and have not had this week's. */
export async function peopleDueADigest(db: TExecutor, weekOf: string) {
  return db
    .selectFrom('notice_digest_choice as d')
    .innerJoin('person as p', 'p.id', 'd.person_id')
    .select(['p.id', 'p.display_name', 'p.email', 'p.language'])
    .where('p.status', '=', 'active')
    .where('p.email', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('weekly_digest as w')
            .select('w.person_id')
            .whereRef('w.person_id', '=', 'd.person_id')
            .where('w.week_of', '=', weekOf),
        ),
      ),
    )
    .execute();
}

/** The partnerships in which the person is a programme manager or critical friend. */
const partnershipsOf = (personId: string) => sql`(
  SELECT ra.partnership_id FROM role_assignment ra
  WHERE ra.person_id = ${personId} AND ra.role IN ('programme_manager', 'critical_friend')
)`;

type TDigestFlag = {
  kind: TFlagKind;
  theme_number: number | null;
  partnership_id: string;
  partnership_name: string;
  raised_on: string;
};

/** Flags raised in the person's partnerships in the past seven days, oldest first. */
export async function flagsRaisedLastWeek(db: TExecutor, personId: string) {
  const { rows } = await sql<TDigestFlag>`
    SELECT f.kind, f.theme_number, f.partnership_id, pt.name AS partnership_name,
           (f.raised_at AT TIME ZONE 'Europe/Amsterdam')::date::text AS raised_on
    FROM flag f JOIN partnership pt ON pt.id = f.partnership_id
    WHERE f.partnership_id IN ${partnershipsOf(personId)} AND f.raised_at >= now() - interval '7 days'
    ORDER BY f.raised_at, pt.name
  `.execute(db);
  return rows;
}

type TDigestAction = { description: string; partnership_id: string; partnership_name: string; due_on: string };

/** Open actions in the person's partnerships due today or in the coming seven days, soonest first. */
export async function actionsDueComingWeek(db: TExecutor, personId: string) {
  const { rows } = await sql<TDigestAction>`
    SELECT a.description, a.partnership_id, pt.name AS partnership_name, a.due_on::text AS due_on
    FROM action a JOIN partnership pt ON pt.id = a.partnership_id
    WHERE a.partnership_id IN ${partnershipsOf(personId)} AND a.status IN ('open', 'in_progress')
      AND a.due_on BETWEEN current_date AND current_date + 7
    ORDER BY a.due_on, pt.name
  `.execute(db);
  return rows;
}

/**
 * Claims the person's digest of the week. False when it was claimed already: a second instance running
 * the schedule at the same time waits on the key, then finds it taken.
 */
export async function claimWeeklyDigest(trx: Transaction<TDatabase>, personId: string, weekOf: string) {
  const row = await trx
    .insertInto('weekly_digest')
    .values({ person_id: personId, week_of: weekOf })
    .onConflict((oc) => oc.doNothing())
    .returning('person_id')
    .executeTakeFirst();
  return row !== undefined;
}
