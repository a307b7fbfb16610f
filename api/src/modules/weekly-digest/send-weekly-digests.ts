import type { Kysely } from 'kysely';
import type { TConfig } from '../../config.ts';
import type { TDatabase } from '../../db/schema.ts';
import { renderWeeklyDigest } from '../../mail/render-email.ts';
import { queueEmail } from '../outgoing-email/outgoing-email.repository.ts';
import * as digests from './weekly-digest.repository.ts';

type TDeps = { db: Kysely<TDatabase>; config: Pick<TConfig, 'publicUrl'> };

/**
 * This week's digest to each person who chose it: the flags raised in their partnerships in the past week
 * and the actions due in the coming one. The week is claimed by a row in the transaction that queues the
 * email, so running this twice, on two instances or after a restart, sends nothing twice; a week with
 * nothing to say is claimed too, without an email, so a flag raised later that day waits for next week's.
 * Returns how many emails were queued.
 */
export async function sendWeeklyDigests({ db, config }: TDeps): Promise<number> {
  const weekOf = await digests.currentWeekOf(db);
  let queued = 0;
  for (const person of await digests.peopleDueADigest(db, weekOf)) {
    await db.transaction().execute(async (trx) => {
      if (!(await digests.claimWeeklyDigest(trx, person.id, weekOf))) return;
      const flags = await digests.flagsRaisedLastWeek(trx, person.id);
      const actions = await digests.actionsDueComingWeek(trx, person.id);
      if (flags.length === 0 && actions.length === 0) return;
      await queueEmail(trx, {
        kind: 'weekly_digest',
        personId: person.id,
        responseId: null,
        recipientEmail: person.email ?? '',
        locale: person.language,
        ...renderWeeklyDigest(person.language, {
          name: person.display_name,
          flags: flags.map((f) => ({
            kind: f.kind,
            themeNumber: f.theme_number,
            partnership: f.partnership_name,
            raisedOn: f.raised_on,
            link: `${config.publicUrl}/partnerships/${f.partnership_id}/dashboard`,
          })),
          actions: actions.map((a) => ({
            description: a.description,
            partnership: a.partnership_name,
            dueOn: a.due_on,
            link: `${config.publicUrl}/partnerships/${a.partnership_id}/actions`,
          })),
        }),
      });
      queued += 1;
    });
  }
  return queued;
}

/** The digest goes out on Monday from 07:00 in the Netherlands; the hourly schedule asks this first. */
export function isDigestMorning(now: Date): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'short',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return part('weekday') === 'Mon' && Number(part('hour')) >= 7;
}
