import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { TDatabase } from '../../api/src/db/schema.ts';
import { renderNotice, renderRespondentInvitation } from '../../api/src/mail/render-email.ts';
import { queueEmail } from '../../api/src/modules/outgoing-email/outgoing-email.repository.ts';

/** The database of instances under test, for queueing mail as the app does and reading its rows. */
export function openDatabase(databaseUrl: string): Kysely<TDatabase> {
  return new Kysely<TDatabase>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl }) }),
  });
}

/**
 * Queues `count` emails in one transaction, as the app's outbox does, invitations and reminders (notices)
 * taking turns; returns their Message-IDs.
 */
export async function queueInvitations(db: Kysely<TDatabase>, count: number, prefix: string): Promise<string[]> {
  const ids = await db.transaction().execute(async (trx) => {
    const queued: string[] = [];
    for (let n = 0; n < count; n++) {
      const to = {
        personId: null,
        responseId: null,
        recipientEmail: `${prefix}-${n}@school.test`,
        locale: 'nl' as const,
      };
      const link = `https://koers.example.nl/respond/${prefix}${n}`;
      queued.push(
        await queueEmail(
          trx,
          n % 2 === 0
            ? {
                kind: 'respondent_invitation',
                ...to,
                ...renderRespondentInvitation('nl', {
                  name: `Respondent ${n}`,
                  partnership: 'Samen Opleiden Zeeland',
                  period: '2026-Q4',
                  dueOn: '15 januari 2027',
                  link,
                }),
              }
            : {
                kind: 'notice',
                ...to,
                ...renderNotice('nl', {
                  name: `Persoon ${n}`,
                  title: {
                    nl: 'De zelfevaluatie 2026-Q4 moet binnenkort af.',
                    en: 'The 2026-Q4 self-assessment is due soon.',
                  },
                  link,
                }),
              },
        ),
      );
    }
    return queued;
  });
  return ids.map((id) => `<${id}@koers.email>`);
}

/** Message-IDs of the messages whose send was confirmed (marked sent) so far. */
export async function confirmedSends(db: Kysely<TDatabase>): Promise<string[]> {
  const rows = await db.selectFrom('outgoing_email').select('smtp_message_id').where('status', '=', 'sent').execute();
  return rows.flatMap((r) => (r.smtp_message_id ? [r.smtp_message_id] : []));
}
