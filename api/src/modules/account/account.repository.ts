import { sql } from 'kysely';
import type { TLanguage } from '@koers/shared/language';
import type { TExecutor } from '../../db/types.ts';

// What Koers holds about one person, table by table, for their GDPR export. Every table that stores a
// person's id, name or email has a query here; the audit log's is in the audit module, which alone reads it.

export async function findPerson(db: TExecutor, personId: string) {
  return db
    .selectFrom('person')
    .select(['id', 'display_name', 'email', 'status', 'language', 'created_at'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

export async function setLanguage(db: TExecutor, personId: string, language: TLanguage) {
  await db.updateTable('person').set({ language }).where('id', '=', personId).execute();
}

export async function listSessions(db: TExecutor, personId: string) {
  return db
    .selectFrom('session')
    .select(['created_at', 'last_seen_at', 'expires_at', 'sign_in_method'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .execute();
}

export async function listApiTokens(db: TExecutor, personId: string) {
  return db
    .selectFrom('api_token')
    .select(['name', 'created_at', 'expires_at', 'last_used_at'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .execute();
}

export async function listResponses(db: TExecutor, personId: string) {
  return db
    .selectFrom('response as r')
    .innerJoin('assessment as a', 'a.id', 'r.assessment_id')
    .innerJoin('partnership as p', 'p.id', 'a.partnership_id')
    .innerJoin('period as pe', 'pe.id', 'a.period_id')
    .select([
      'r.id',
      'r.assessment_id',
      'p.name as partnership_name',
      'pe.code as period_code',
      'r.perspective',
      'r.organisation_id',
      'r.respondent_name',
      'r.updated_at',
    ])
    .where('r.respondent_person_id', '=', personId)
    .orderBy('pe.opens_on')
    .orderBy('r.id')
    .execute();
}

export async function listAnswers(db: TExecutor, responseIds: string[]) {
  if (responseIds.length === 0) return [];
  return db
    .selectFrom('answer as an')
    .innerJoin('indicator as i', 'i.id', 'an.indicator_id')
    .select(['an.response_id', 'i.code', 'an.score', 'an.dont_know'])
    .where('an.response_id', 'in', responseIds)
    .orderBy('i.code')
    .execute();
}

export async function listThemeNotes(db: TExecutor, responseIds: string[]) {
  if (responseIds.length === 0) return [];
  return db
    .selectFrom('theme_note')
    .select(['response_id', 'theme_number', 'evidence', 'next_step', 'priority'])
    .where('response_id', 'in', responseIds)
    .orderBy('theme_number')
    .execute();
}

export async function listSubmissions(db: TExecutor, personId: string) {
  return db
    .selectFrom('submission as s')
    .innerJoin('assessment as a', 'a.id', 's.assessment_id')
    .innerJoin('period as pe', 'pe.id', 'a.period_id')
    .select([
      's.assessment_id',
      'pe.code as period_code',
      's.submitted_by',
      's.submitted_at',
      's.reopened_by',
      's.reopened_at',
      's.reopen_reason',
    ])
    .where((eb) => eb.or([eb('s.submitted_by', '=', personId), eb('s.reopened_by', '=', personId)]))
    .orderBy('s.submitted_at')
    .execute();
}

export async function listReviews(db: TExecutor, personId: string) {
  return db
    .selectFrom('review as r')
    .innerJoin('assessment as a', 'a.id', 'r.assessment_id')
    .innerJoin('partnership as p', 'p.id', 'a.partnership_id')
    .innerJoin('period as pe', 'pe.id', 'a.period_id')
    .select([
      'r.assessment_id',
      'p.name as partnership_name',
      'pe.code as period_code',
      'r.author_id',
      'r.summary',
      'r.question_behind',
      'r.theme_remarks',
      'r.responded_by',
      'r.response_text',
      'r.updated_at',
    ])
    .where((eb) => eb.or([eb('r.author_id', '=', personId), eb('r.responded_by', '=', personId)]))
    .orderBy('r.created_at')
    .execute();
}

export async function listTimelineNotes(db: TExecutor, personId: string) {
  return db
    .selectFrom('timeline_note as n')
    .innerJoin('partnership as p', 'p.id', 'n.partnership_id')
    .select(['p.name as partnership_name', 'n.noted_on', 'n.text', 'n.created_at'])
    .where('n.author_id', '=', personId)
    .orderBy('n.created_at')
    .execute();
}

export async function listActions(db: TExecutor, personId: string) {
  return db
    .selectFrom('action as a')
    .innerJoin('partnership as p', 'p.id', 'a.partnership_id')
    .select([
      'a.id',
      'p.name as partnership_name',
      'a.description',
      'a.due_on',
      'a.support_type',
      'a.status',
      'a.created_by',
      'a.owner_id',
    ])
    .where((eb) => eb.or([eb('a.created_by', '=', personId), eb('a.owner_id', '=', personId)]))
    .orderBy('a.created_at')
    .execute();
}

export async function listActionNotes(db: TExecutor, personId: string) {
  return db
    .selectFrom('action_note')
    .select(['action_id', 'text', 'status_change', 'created_at'])
    .where('author_id', '=', personId)
    .orderBy('created_at')
    .execute();
}

export async function listFlagEvents(db: TExecutor, personId: string) {
  return db
    .selectFrom('flag_event')
    .select(['flag_id', 'event', 'note', 'occurred_at'])
    .where('actor_person_id', '=', personId)
    .orderBy('occurred_at')
    .execute();
}

export async function listNotices(db: TExecutor, personId: string) {
  return db
    .selectFrom('notice')
    .select(['kind', 'title_nl', 'title_en', 'created_at', 'read_at'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .execute();
}

export async function listNoticePreferences(db: TExecutor, personId: string) {
  return db
    .selectFrom('notice_preference')
    .select(['kind', 'in_app', 'email'])
    .where('person_id', '=', personId)
    .orderBy('kind')
    .execute();
}

export async function findCalendarFeed(db: TExecutor, personId: string) {
  return db
    .selectFrom('calendar_feed')
    .select(['language', 'created_at', 'renewed_at'])
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** Emails to the person: by their account, or to their address (an invitation to answer, say). */
export async function listEmails(db: TExecutor, personId: string) {
  // Addresses are kept as typed on the person, lower-cased where Koers sent to them.
  const ownAddress = db
    .selectFrom('person')
    .select(sql<string>`lower(email)`.as('email'))
    .where('id', '=', personId);
  return db
    .selectFrom('outgoing_email')
    .select(['kind', 'subject', 'status', 'created_at', 'sent_at'])
    .where((eb) => eb.or([eb('person_id', '=', personId), eb(sql<string>`lower(recipient_email)`, '=', ownAddress)]))
    .orderBy('created_at')
    .execute();
}
