import type { Kysely } from 'kysely';
import type { TAccountExport } from '@koers/shared/people';
import type { Database } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { listAuditEntriesByActor } from '../audit/audit.repository.ts';

export function createAccountService(db: Kysely<Database>) {
  return {
    async export({ actor }: TRequestContext): Promise<TAccountExport> {
      const person = await db
        .selectFrom('person')
        .select(['id', 'display_name', 'email', 'status', 'created_at'])
        .where('id', '=', actor.personId)
        .executeTakeFirst();
      if (!person?.email) throw new NotFoundError('Person');
      const sessions = await db
        .selectFrom('session')
        .select(['created_at', 'last_seen_at', 'expires_at'])
        .where('person_id', '=', actor.personId)
        .orderBy('created_at')
        .execute();
      const activity = await listAuditEntriesByActor(db, actor.personId);
      return {
        exportedAt: new Date().toISOString(),
        person: {
          id: person.id,
          displayName: person.display_name,
          email: person.email,
          status: person.status,
          createdAt: person.created_at.toISOString(),
        },
        roles: actor.roles,
        sessions: sessions.map((s) => ({
          createdAt: s.created_at.toISOString(),
          lastSeenAt: s.last_seen_at.toISOString(),
          expiresAt: s.expires_at.toISOString(),
        })),
        activity: activity.map((a) => ({
          occurredAt: a.occurred_at.toISOString(),
          action: a.action,
          subjectType: a.subject_type,
          subjectId: a.subject_id,
          partnershipId: a.partnership_id,
        })),
      };
    },
  };
}
