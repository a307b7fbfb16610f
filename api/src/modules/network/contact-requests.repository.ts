import { sql } from 'kysely';
import type { TExecutor } from '../../db/types.ts';

/**
 * A contact request with both partnerships' names and both sides' contacts. The contacts are read here
 * and shown by the service only once the request is accepted.
 */
function selectRequests(db: TExecutor) {
  return db
    .selectFrom('contact_request as cr')
    .innerJoin('partnership as ap', 'ap.id', 'cr.asking_partnership_id')
    .innerJoin('partnership as pp', 'pp.id', 'cr.peer_partnership_id')
    .innerJoin('person as asker', 'asker.id', 'cr.asked_by')
    .leftJoin('person as answerer', 'answerer.id', 'cr.answered_by')
    .select([
      'cr.id',
      'cr.flag_id',
      'cr.theme_number',
      'cr.status',
      'cr.asked_by',
      'cr.asking_partnership_id',
      'ap.name as asking_name',
      'cr.peer_partnership_id',
      'pp.name as peer_name',
      'asker.display_name as asker_name',
      'asker.email as asker_email',
      'answerer.display_name as answerer_name',
      'answerer.email as answerer_email',
      'cr.message',
      'cr.reply',
      'cr.created_at',
      'cr.answered_at',
    ]);
}

export type TContactRequestRow = Awaited<ReturnType<typeof findContactRequest>> & object;

export async function findContactRequest(db: TExecutor, contactRequestId: string) {
  return selectRequests(db).where('cr.id', '=', contactRequestId).executeTakeFirst();
}

/** The requests a person asked or answered, for their personal-data export. */
export async function listContactRequestsOfPerson(db: TExecutor, personId: string) {
  return selectRequests(db)
    .select(['cr.answered_by'])
    .where((eb) => eb.or([eb('cr.asked_by', '=', personId), eb('cr.answered_by', '=', personId)]))
    .orderBy('cr.created_at')
    .execute();
}

/** Requests to and from a partnership, newest first. */
export async function listContactRequests(db: TExecutor, partnershipId: string) {
  return selectRequests(db)
    .where((eb) =>
      eb.or([eb('cr.peer_partnership_id', '=', partnershipId), eb('cr.asking_partnership_id', '=', partnershipId)]),
    )
    .orderBy('cr.created_at', 'desc')
    .limit(200)
    .execute();
}

/** The latest request from the asking partnership to each peer on the theme. */
export async function latestRequestsOnTheme(db: TExecutor, askingPartnershipId: string, themeNumber: number) {
  return selectRequests(db)
    .distinctOn('cr.peer_partnership_id')
    .where('cr.asking_partnership_id', '=', askingPartnershipId)
    .where('cr.theme_number', '=', themeNumber)
    .orderBy('cr.peer_partnership_id')
    .orderBy('cr.created_at', 'desc')
    .execute();
}

/**
 * How many requests the person asked since `since`, counted under a lock on the person so that parallel
 * requests cannot both slip under the limit: the count and the insert that follows are one step.
 */
export async function countRecentRequestsLocked(db: TExecutor, personId: string, since: Date) {
  await sql`SELECT pg_advisory_xact_lock(hashtext('contact-request:' || ${personId}))`.execute(db);
  const row = await db
    .selectFrom('contact_request')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('asked_by', '=', personId)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertContactRequest(
  db: TExecutor,
  values: {
    flagId: string;
    askingPartnershipId: string;
    peerPartnershipId: string;
    themeNumber: number;
    askedBy: string;
    message: string;
  },
) {
  const { id } = await db
    .insertInto('contact_request')
    .values({
      flag_id: values.flagId,
      asking_partnership_id: values.askingPartnershipId,
      peer_partnership_id: values.peerPartnershipId,
      theme_number: values.themeNumber,
      asked_by: values.askedBy,
      message: values.message,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Answers an open request; false when it was answered already. */
export async function answerContactRequest(
  db: TExecutor,
  contactRequestId: string,
  answer: { accept: boolean; reply: string; personId: string },
) {
  const result = await db
    .updateTable('contact_request')
    .set({
      status: answer.accept ? 'accepted' : 'declined',
      reply: answer.reply === '' ? null : answer.reply,
      answered_by: answer.personId,
      answered_at: sql<Date>`now()`,
    })
    .where('id', '=', contactRequestId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Erasure: a person's messages and replies are their own words, not a partnership's record, so they go;
 * the request itself stays, so both partnerships keep seeing that it was asked and answered.
 */
export async function eraseContactRequestTexts(db: TExecutor, personId: string) {
  await db.updateTable('contact_request').set({ message: '' }).where('asked_by', '=', personId).execute();
  await db.updateTable('contact_request').set({ reply: null }).where('answered_by', '=', personId).execute();
}

/** Published portraits offering experience on the theme, other than the asking partnership's own. */
export async function peersOfferingTheme(db: TExecutor, askingPartnershipId: string, themeNumber: number) {
  return db
    .selectFrom('network_portrait as np')
    .innerJoin('partnership as p', 'p.id', 'np.partnership_id')
    .select([
      'np.partnership_id',
      'p.name',
      'p.region',
      'p.sector',
      'p.scenario',
      'np.size_band',
      'np.description',
      'np.themes_offered',
    ])
    .where('np.published_at', 'is not', null)
    .where(sql<boolean>`np.themes_offered @> ARRAY[${themeNumber}]::smallint[]`)
    .where('np.partnership_id', '<>', askingPartnershipId)
    .orderBy('p.name')
    .execute();
}

/**
 * The theme's scores of each partnership's last three submitted quarters, newest first (only submitted
 * quarters have summaries), and whether the partnership has a flag on the theme that is not closed.
 * Read only to decide who is suggested: the scores never leave the service.
 */
export async function recentStandingOnTheme(db: TExecutor, partnershipIds: readonly string[], themeNumber: number) {
  if (partnershipIds.length === 0) return [];
  const { rows } = await sql<{ partnership_id: string; scores: (string | null)[]; open_flag: boolean }>`
    SELECT p.id AS partnership_id,
      ARRAY(
        SELECT s.score FROM theme_summary s JOIN period q ON q.id = s.period_id
        WHERE s.partnership_id = p.id AND s.theme_number = ${themeNumber}
        ORDER BY q.opens_on DESC LIMIT 3
      ) AS scores,
      EXISTS (
        SELECT 1 FROM flag f
        WHERE f.partnership_id = p.id AND f.theme_number = ${themeNumber} AND f.status <> 'closed'
      ) AS open_flag
    FROM partnership p
    WHERE p.id = ANY(${[...partnershipIds]}::uuid[])
  `.execute(db);
  return rows;
}
