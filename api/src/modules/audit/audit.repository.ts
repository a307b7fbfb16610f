import { sql } from 'kysely';
import type { Executor } from '../../db/types.ts';

export type TAuditEntry = {
  actorPersonId: string | null;
  action: string;
  partnershipId?: string | null;
  subjectType: string;
  subjectId?: string | null;
  requestId: string | null;
  details?: Record<string, unknown>;
};

/** The audit_log row of an entry; for the one write that inserts it inside a statement of its own. */
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

/** One row per write, in the same transaction as the write: both happen, or neither. */
export async function recordAudit(db: Executor, entry: TAuditEntry): Promise<void> {
  await db.insertInto('audit_log').values(toAuditRow(entry)).execute();
}

export async function listAuditEntries(
  db: Executor,
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

/** What a person did, and what was done to them: the audit log's part of their GDPR export. */
export async function listActivityOfPerson(db: Executor, personId: string) {
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
export async function eraseFromAuditLog(db: Executor, personId: string, pseudonym: string) {
  await sql`SELECT erase_person_from_audit_log(${personId}::uuid, ${pseudonym})`.execute(db);
}
