import { sql } from 'kysely';
import type { TExecutor } from '../../db/types.ts';

export type TAuditEntry = {
  actorPersonId: string | null;
  action: string;
  partnershipId?: string | null;
  subjectType: string;
  subjectId?: string | null;
  requestId: string | null;
  details?: Record<string, unknown>;
};

/** The audit_log row of an entry, for a statement that writes it beside its change (`recordAudit` writes it alone). */
export function toAuditRow(entry: TAuditEntry) {
  return {
    actor_person_id: entry.actorPersonId,
    action: entry.action,
    partnership_id: entry.partnershipId ?? null,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId ?? null,
    request_id: entry.requestId,
    details: JSON.stringify(entry.details ?? {}),
  };
}

/*
 * A statement that writes many rows at once can write their audit rows in the same statement (the draft
 * save: one round trip per batch of saves, its audit rows included). It carries each entry as a JSON
 * record among its input, read with `jsonb_to_recordset(...) AS x(..., ${AUDIT_RECORD_COLUMNS})`, and
 * inserts the records its FROM clause keeps with `insertAuditRecords`. The column types follow the row,
 * so that a column added to the row cannot be forgotten here.
 */
const AUDIT_RECORD_TYPES = {
  actor_person_id: 'uuid',
  action: 'text',
  partnership_id: 'uuid',
  subject_type: 'text',
  subject_id: 'uuid',
  request_id: 'text',
  details: 'jsonb',
} as const satisfies Record<keyof ReturnType<typeof toAuditRow>, string>;
const AUDIT_COLUMNS = Object.keys(AUDIT_RECORD_TYPES);

/** The columns of an entry's JSON record, as a column definition list of `jsonb_to_recordset`. */
export const AUDIT_RECORD_COLUMNS = Object.entries(AUDIT_RECORD_TYPES)
  .map(([column, type]) => `${column} ${type}`)
  .join(', ');

/** An entry as the JSON record a statement's input carries. */
export function toAuditRecord(entry: TAuditEntry) {
  return { ...toAuditRow(entry), details: entry.details ?? {} };
}

/** The INSERT of one audit row for each record `from` yields; `alias` names the relation with the records. */
export function insertAuditRecords(from: string, alias: string): string {
  const values = AUDIT_COLUMNS.map((column) => `${alias}.${column}`).join(', ');
  return `INSERT INTO audit_log (${AUDIT_COLUMNS.join(', ')}) SELECT ${values} FROM ${from}`;
}

/** One row per write, in the same transaction as the write: both happen, or neither. */
export async function recordAudit(db: TExecutor, entry: TAuditEntry): Promise<void> {
  await db.insertInto('audit_log').values(toAuditRow(entry)).execute();
}

export async function listAuditEntries(
  db: TExecutor,
  query: { partnershipId?: string | undefined; personId?: string | undefined; limit: number },
) {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('person as p', 'p.id', 'a.actor_person_id')
    .select([
      'a.id',
      'a.occurred_at',
      'a.actor_person_id',
      'p.display_name as actor_name',
      'a.action',
      'a.partnership_id',
      'a.subject_type',
      'a.subject_id',
      'a.request_id',
    ])
    .orderBy('a.id', 'desc')
    .limit(query.limit);
  if (query.partnershipId) q = q.where('a.partnership_id', '=', query.partnershipId);
  if (query.personId) q = q.where('a.actor_person_id', '=', query.personId);
  return q.execute();
}

/**
 * The entries of the days `from` to `to` (both included, days as the database's time zone counts them),
 * oldest first, `limit` after the entry `afterId`: the audit export reads the log in keyset pages.
 */
export async function listAuditEntriesBetween(
  db: TExecutor,
  range: { from: string; to: string },
  page: { afterId: string | null; limit: number },
) {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('person as p', 'p.id', 'a.actor_person_id')
    .leftJoin('partnership as ps', 'ps.id', 'a.partnership_id')
    .select([
      'a.id',
      'a.occurred_at',
      'p.display_name as actor_name',
      'a.action',
      'ps.name as partnership_name',
      'a.subject_type',
      'a.subject_id',
      'a.request_id',
    ])
    .where('a.occurred_at', '>=', sql<Date>`${range.from}::date`)
    .where('a.occurred_at', '<', sql<Date>`${range.to}::date + 1`)
    .orderBy('a.id')
    .limit(page.limit);
  if (page.afterId !== null) q = q.where('a.id', '>', page.afterId);
  return q.execute();
}

/** What a person did, and what was done to them: the audit log's part of their GDPR export. */
export async function listActivityOfPerson(db: TExecutor, personId: string) {
  return db
    .selectFrom('audit_log')
    .select(['occurred_at', 'action', 'subject_type', 'subject_id', 'partnership_id', 'details'])
    .where((eb) => eb.or([eb('actor_person_id', '=', personId), eb('subject_id', '=', personId)]))
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(10_000)
    .execute();
}

/** Rewrites a person's name and email in the audit log's details, through the one function allowed to. */
export async function eraseFromAuditLog(db: TExecutor, personId: string, pseudonym: string) {
  await sql`SELECT erase_person_from_audit_log(${personId}::uuid, ${pseudonym})`.execute(db);
}
