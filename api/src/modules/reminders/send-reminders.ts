import type { Kysely } from 'kysely';
import { formatCalendarDate } from '@koers/shared/calendar';
import { INVITABLE_PERSPECTIVES, type TInvitablePerspective } from '@koers/shared/invitations';
import type { TConfig } from '../../config.ts';
import type { TDatabase } from '../../db/schema.ts';
import { renderOpenPerspectivesReminder, renderRespondentReminder } from '../../mail/render-email.ts';
import { newToken } from '../auth/tokens.ts';
import { queueEmail } from '../outgoing-email/outgoing-email.repository.ts';
import { reminderOptOutLink } from './reminder-links.ts';
import * as reminders from './reminders.repository.ts';

type TDeps = { db: Kysely<TDatabase>; config: Pick<TConfig, 'publicUrl'> };

const isInvitable = (p: string): p is TInvitablePerspective =>
  (INVITABLE_PERSPECTIVES as readonly string[]).includes(p);

/**
 * Reminders at the period's moments (days before the due date): to each invited respondent who has not
 * submitted and did not opt out, and to the programme managers about perspectives nobody submitted for.
 * Each is claimed by a row in the transaction that queues its email, so running this twice, on two
 * instances or after a restart, sends nothing twice. Returns how many emails were queued.
 */
export async function sendReminders({ db, config }: TDeps): Promise<number> {
  let queued = 0;
  for (const due of await reminders.respondentsToRemind(db)) {
    await db.transaction().execute(async (trx) => {
      if (!(await reminders.claimRespondentReminder(trx, due.response_id, due.days_before))) return;
      const { token, hash } = newToken();
      await reminders.replaceResponseLink(trx, due.response_id, hash);
      await queueEmail(trx, {
        kind: 'respondent_reminder',
        personId: null,
        responseId: due.response_id,
        recipientEmail: due.email,
        locale: due.locale,
        ...renderRespondentReminder(due.locale, {
          name: due.respondent_name,
          partnership: due.partnership_name,
          period: due.period_code,
          dueOn: formatCalendarDate(due.due_on, due.locale),
          link: `${config.publicUrl}/respond/${token}`,
          optOutLink: reminderOptOutLink(config.publicUrl, due.opt_out_token),
        }),
      });
      queued += 1;
    });
  }
  for (const open of await reminders.assessmentsWithOpenPerspectives(db, INVITABLE_PERSPECTIVES)) {
    const managers = await reminders.programmeManagersOf(db, open.partnership_id);
    await db.transaction().execute(async (trx) => {
      if (!(await reminders.claimOpenPerspectivesReminder(trx, open.assessment_id, open.days_before))) return;
      for (const manager of managers) {
        if (manager.email === null) continue;
        await queueEmail(trx, {
          kind: 'open_perspectives_reminder',
          personId: manager.id,
          responseId: null,
          recipientEmail: manager.email,
          locale: manager.language,
          ...renderOpenPerspectivesReminder(
            manager.language,
            {
              name: manager.display_name,
              partnership: open.partnership_name,
              period: open.period_code,
              dueOn: formatCalendarDate(open.due_on, manager.language),
              link: `${config.publicUrl}/assessments/${open.assessment_id}`,
            },
            open.open_perspectives.filter(isInvitable),
          ),
        });
        queued += 1;
      }
    });
  }
  return queued;
}
