import { sql, type Transaction } from 'kysely';
import type { TDatabase } from '../../db/schema.ts';
import type { TExecutor } from '../../db/types.ts';

/**
 * The latest reminder moment of the period that has come (the fewest days before its due date, counting
 * today), while the due date has not passed. Only the latest counts: after an outage one reminder goes out,
 * not one per moment missed.
 */
const LATEST_MOMENT = sql`CROSS JOIN LATERAL (
  SELECT min(d) AS days_before FROM unnest(p.reminder_days) AS d WHERE p.due_on - d <= current_date
) m`;

type TRespondentToRemind = {
  response_id: string;
  email: string;
  locale: 'nl' | 'en';
  opt_out_token: string;
  respondent_name: string;
  partnership_name: string;
  period_code: string;
  due_on: string;
  days_before: number;
};

/** Invited respondents who have not submitted, with the moment they are due a reminder for and have not had. */
export async function respondentsToRemind(db: TExecutor) {
  const { rows } = await sql<TRespondentToRemind>`
    SELECT i.response_id, i.email, i.locale, i.opt_out_token, r.respondent_name,
           pt.name AS partnership_name, p.code AS period_code, p.due_on, m.days_before
    FROM respondent_invitation i
    JOIN response r ON r.id = i.response_id
    JOIN assessment a ON a.id = i.assessment_id
    JOIN period p ON p.id = a.period_id
    JOIN partnership pt ON pt.id = a.partnership_id
    ${LATEST_MOMENT}
    WHERE m.days_before IS NOT NULL AND p.due_on >= current_date AND a.status = 'draft'
      AND i.withdrawn_at IS NULL AND i.completed_at IS NULL AND i.reminders_opted_out_at IS NULL
      -- Invited once the moment had come: the invitation itself was the reminder.
      AND i.invited_at::date < p.due_on - m.days_before
      AND NOT EXISTS (
        SELECT 1 FROM respondent_reminder x WHERE x.response_id = i.response_id AND x.days_before = m.days_before
      )
  `.execute(db);
  return rows;
}

/**
 * Claims one respondent's reminder for a moment. False when it was claimed already: a second instance
 * running the schedule at the same time waits on the key, then finds it taken.
 */
export async function claimRespondentReminder(trx: Transaction<TDatabase>, responseId: string, daysBefore: number) {
  const row = await trx
    .insertInto('respondent_reminder')
    .values({ response_id: responseId, days_before: daysBefore })
    .onConflict((oc) => oc.doNothing())
    .returning('response_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The reminder carries a fresh personal link (only its hash is kept); the earlier link stops working. */
export async function replaceResponseLink(trx: Transaction<TDatabase>, responseId: string, tokenHash: string) {
  await trx.updateTable('response').set({ link_token_hash: tokenHash }).where('id', '=', responseId).execute();
}

type TAssessmentWithOpenPerspectives = {
  assessment_id: string;
  partnership_id: string;
  partnership_name: string;
  period_code: string;
  due_on: string;
  days_before: number;
  open_perspectives: string[];
};

/**
 * Assessments with invited respondents and a perspective nobody submitted for yet, at a reminder moment the
 * programme managers have not been reminded of; with the perspectives that are open, in the given order.
 */
export async function assessmentsWithOpenPerspectives(db: TExecutor, perspectives: readonly string[]) {
  const { rows } = await sql<TAssessmentWithOpenPerspectives>`
    SELECT * FROM (
      SELECT a.id AS assessment_id, a.partnership_id, pt.name AS partnership_name, p.code AS period_code,
             p.due_on, m.days_before,
             ARRAY(
               SELECT v FROM unnest(${perspectives}::text[]) WITH ORDINALITY AS o(v, n)
               WHERE NOT EXISTS (
                 SELECT 1 FROM respondent_invitation i JOIN response r ON r.id = i.response_id
                 WHERE i.assessment_id = a.id AND r.perspective::text = o.v AND i.completed_at IS NOT NULL
               )
               ORDER BY o.n
             ) AS open_perspectives
      FROM assessment a
      JOIN period p ON p.id = a.period_id
      JOIN partnership pt ON pt.id = a.partnership_id
      ${LATEST_MOMENT}
      WHERE m.days_before IS NOT NULL AND p.due_on >= current_date AND a.status = 'draft'
        AND EXISTS (SELECT 1 FROM respondent_invitation i WHERE i.assessment_id = a.id AND i.withdrawn_at IS NULL)
        AND NOT EXISTS (
          SELECT 1 FROM open_perspectives_reminder x WHERE x.assessment_id = a.id AND x.days_before = m.days_before
        )
    ) due
    WHERE cardinality(open_perspectives) > 0
  `.execute(db);
  return rows;
}

/** Claims the programme manager's reminder of an assessment for a moment; false when it was claimed already. */
export async function claimOpenPerspectivesReminder(
  trx: Transaction<TDatabase>,
  assessmentId: string,
  daysBefore: number,
) {
  const row = await trx
    .insertInto('open_perspectives_reminder')
    .values({ assessment_id: assessmentId, days_before: daysBefore })
    .onConflict((oc) => oc.doNothing())
    .returning('assessment_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The partnership's active programme managers who can be emailed. */
export async function programmeManagersOf(db: TExecutor, partnershipId: string) {
  return db
    .selectFrom('role_assignment as ra')
    .innerJoin('person as p', 'p.id', 'ra.person_id')
    .select(['p.id', 'p.display_name', 'p.email', 'p.language'])
    .distinct()
    .where('ra.partnership_id', '=', partnershipId)
    .where('ra.role', '=', 'programme_manager')
    .where('p.status', '=', 'active')
    .where('p.email', 'is not', null)
    .execute();
}

/** Stops reminders for the invitation holding this opt-out token; false for an unknown token. */
export async function optOutOfReminders(db: TExecutor, token: string) {
  const row = await db
    .updateTable('respondent_invitation')
    .set({ reminders_opted_out_at: sql`coalesce(reminders_opted_out_at, now())` })
    .where('opt_out_token', '=', token)
    .returning('response_id')
    .executeTakeFirst();
  return row !== undefined;
}
