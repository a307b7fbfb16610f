import { sql } from 'kysely';
import type { TNoticeKind } from '@koers/shared/follow-up';
import type { TExecutor } from '../../db/types.ts';

export type TNewNotice = {
  kind: TNoticeKind;
  partnershipId: string | null;
  /** What the notice is about: with the kind, it makes each notice reach a person once. */
  subjectKey: string;
  title: { nl: string; en: string };
  link: string;
};

/** People with a role in the partnership: its programme managers and/or critical friends. */
export async function peopleOfPartnership(
  db: TExecutor,
  partnershipId: string,
  roles: readonly ('programme_manager' | 'critical_friend')[],
) {
  const rows = await db
    .selectFrom('role_assignment as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select('r.person_id')
    .distinct()
    .where('r.partnership_id', '=', partnershipId)
    .where('r.role', 'in', [...roles])
    .where('p.status', '=', 'active')
    .execute();
  return rows.map((r) => r.person_id);
}

/**
 * Leaves out people who switched this kind of notice off in the app and by email. One statement: notices
 * are written inside the transactions that cause them (a submission's new flags, for one).
 */
export async function insertNotices(db: TExecutor, personIds: readonly string[], notice: TNewNotice) {
  if (personIds.length === 0) return;
  await db
    .insertInto('notice')
    .columns(['person_id', 'kind', 'partnership_id', 'subject_key', 'title_nl', 'title_en', 'link'])
    .expression((eb) =>
      eb
        .selectFrom('person as p')
        .select([
          'p.id',
          // A parameter in a select list is text to PostgreSQL: the enum and the uuid are cast.
          sql<TNoticeKind>`${notice.kind}::notice_kind`.as('kind'),
          sql<string | null>`${notice.partnershipId}::uuid`.as('partnership_id'),
          sql<string>`${notice.subjectKey}`.as('subject_key'),
          sql<string>`${notice.title.nl}`.as('title_nl'),
          sql<string>`${notice.title.en}`.as('title_en'),
          sql<string>`${notice.link}`.as('link'),
        ])
        .where('p.id', 'in', [...personIds])
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('notice_preference as np')
                .select('np.person_id')
                .whereRef('np.person_id', '=', 'p.id')
                .where('np.kind', '=', notice.kind)
                .where('np.in_app', '=', false)
                .where('np.email', '=', false),
            ),
          ),
        ),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function listNotices(db: TExecutor, personId: string) {
  return db
    .selectFrom('notice as n')
    .select(['n.id', 'n.kind', 'n.title_nl', 'n.title_en', 'n.link', 'n.created_at', 'n.read_at'])
    .where('n.person_id', '=', personId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notice_preference as np')
            .select('np.person_id')
            .whereRef('np.person_id', '=', 'n.person_id')
            .whereRef('np.kind', '=', 'n.kind')
            .where('np.in_app', '=', false),
        ),
      ),
    )
    .orderBy('n.created_at', 'desc')
    .limit(100)
    .execute();
}

export async function markRead(db: TExecutor, personId: string, noticeId: string | 'all') {
  let q = db
    .updateTable('notice')
    .set({ read_at: sql<Date>`now()` })
    .where('person_id', '=', personId)
    .where('read_at', 'is', null);
  if (noticeId !== 'all') q = q.where('id', '=', noticeId);
  return q.executeTakeFirst();
}

/** Whether the notice is this person's. */
export async function isNoticeOf(db: TExecutor, personId: string, noticeId: string) {
  const row = await db
    .selectFrom('notice')
    .select('id')
    .where('id', '=', noticeId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Notices still to be emailed to people who want this kind by email (the default) and have an address,
 * with whether the person takes them in the weekly digest instead,
 * locked for the caller's transaction: a run on another instance at the same moment skips them.
 */
export async function lockNoticesToEmail(trx: TExecutor) {
  return trx
    .selectFrom('notice as n')
    .innerJoin('person as p', 'p.id', 'n.person_id')
    .leftJoin('notice_preference as np', (join) =>
      join.onRef('np.person_id', '=', 'n.person_id').onRef('np.kind', '=', 'n.kind'),
    )
    .select(['n.id', 'n.person_id', 'p.email', 'p.display_name', 'p.language', 'n.title_nl', 'n.title_en', 'n.link'])
    .select(({ exists, selectFrom }) =>
      exists(
        selectFrom('notice_digest_choice as d').select('d.person_id').whereRef('d.person_id', '=', 'n.person_id'),
      ).as('weekly_digest'),
    )
    .where('n.emailed_at', 'is', null)
    .where('p.status', '=', 'active')
    .where('p.email', 'is not', null)
    .where((eb) => eb.or([eb('np.email', 'is', null), eb('np.email', '=', true)]))
    .limit(500)
    .forUpdate('n')
    .skipLocked()
    .execute();
}

/** The notice's email is queued (in the same transaction): it is never queued again. */
export async function markEmailQueued(trx: TExecutor, noticeId: string) {
  await trx
    .updateTable('notice')
    .set({ emailed_at: sql<Date>`now()` })
    .where('id', '=', noticeId)
    .execute();
}

export async function listPreferences(db: TExecutor, personId: string) {
  return db
    .selectFrom('notice_preference')
    .select(['kind', 'in_app', 'email'])
    .where('person_id', '=', personId)
    .execute();
}

export async function savePreference(
  db: TExecutor,
  personId: string,
  kind: TNoticeKind,
  inApp: boolean,
  email: boolean,
) {
  await db
    .insertInto('notice_preference')
    .values({ person_id: personId, kind, in_app: inApp, email })
    .onConflict((oc) => oc.columns(['person_id', 'kind']).doUpdateSet({ in_app: inApp, email }))
    .execute();
}

/** Actions due within a week, or past due, that are still open or in progress. */
export async function actionsToRemind(db: TExecutor) {
  return db
    .selectFrom('action as a')
    .innerJoin('partnership as p', 'p.id', 'a.partnership_id')
    .select([
      'a.id',
      'a.partnership_id',
      'p.name as partnership_name',
      'a.owner_id',
      'a.description',
      'a.due_on',
      sql<boolean>`a.due_on < current_date`.as('overdue'),
    ])
    .where('a.status', 'in', ['open', 'in_progress'])
    .where('a.due_on', '<=', sql<string>`current_date + 7`)
    .execute();
}

/** Partnerships whose quarter is due within two weeks and not submitted yet. */
export async function assessmentsDueSoon(db: TExecutor) {
  return db
    .selectFrom('partnership as p')
    .innerJoin('period as pe', (join) =>
      join.on('pe.due_on', '>=', sql<string>`current_date`).on('pe.due_on', '<=', sql<string>`current_date + 14`),
    )
    .select(['p.id as partnership_id', 'p.name', 'pe.id as period_id', 'pe.code', 'pe.due_on'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('assessment as a')
            .select('a.id')
            .whereRef('a.partnership_id', '=', 'p.id')
            .whereRef('a.period_id', '=', 'pe.id')
            .where('a.status', '=', 'submitted'),
        ),
      ),
    )
    .execute();
}

/** Whether the person takes their notices by email in the weekly digest. */
export async function choseWeeklyDigest(db: TExecutor, personId: string) {
  const row = await db
    .selectFrom('notice_digest_choice')
    .select('person_id')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function chooseWeeklyDigest(db: TExecutor, personId: string, weekly: boolean) {
  if (weekly) {
    await db
      .insertInto('notice_digest_choice')
      .values({ person_id: personId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  } else {
    await db.deleteFrom('notice_digest_choice').where('person_id', '=', personId).execute();
  }
}
