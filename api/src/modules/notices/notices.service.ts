import type { Kysely } from 'kysely';
import { calendarDateInBoth, formatCalendarDate } from '@koers/shared/calendar';
import { NOTICE_KINDS, type TNotice, type TNoticeEmailRhythm, type TNoticePreferences } from '@koers/shared/follow-up';
import type { TConfig } from '../../config.ts';
import type { TDatabase } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import { renderNotice } from '../../mail/render-email.ts';
import type { TActor } from '../../plugins/auth.ts';
import { queueEmail } from '../outgoing-email/outgoing-email.repository.ts';
import * as repository from './notices.repository.ts';

export function createNoticeService(db: Kysely<TDatabase>) {
  return {
    async inbox(actor: TActor): Promise<{ items: TNotice[]; unread: number }> {
      const rows = await repository.listNotices(db, actor.personId);
      const items = rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: { nl: r.title_nl, en: r.title_en },
        link: r.link,
        createdAt: r.created_at.toISOString(),
        readAt: r.read_at?.toISOString() ?? null,
      }));
      return { items, unread: items.filter((i) => i.readAt === null).length };
    },

    async markRead(actor: TActor, noticeId: string | 'all') {
      const result = await repository.markRead(db, actor.personId, noticeId);
      if (noticeId !== 'all' && result.numUpdatedRows === 0n) {
        if (!(await repository.isNoticeOf(db, actor.personId, noticeId))) throw new NotFoundError('Notice');
      }
    },

    async preferences(actor: TActor): Promise<TNoticePreferences> {
      const saved = await repository.listPreferences(db, actor.personId);
      return NOTICE_KINDS.map((kind) => {
        const pref = saved.find((p) => p.kind === kind);
        return { kind, inApp: pref?.in_app ?? true, email: pref?.email ?? true };
      });
    },

    async setPreferences(actor: TActor, preferences: TNoticePreferences): Promise<TNoticePreferences> {
      await db.transaction().execute(async (trx) => {
        for (const p of preferences) await repository.savePreference(trx, actor.personId, p.kind, p.inApp, p.email);
      });
      return this.preferences(actor);
    },

    async emailRhythm(actor: TActor): Promise<TNoticeEmailRhythm> {
      return { rhythm: (await repository.choseWeeklyDigest(db, actor.personId)) ? 'weekly' : 'per_notice' };
    },

    async setEmailRhythm(actor: TActor, choice: TNoticeEmailRhythm): Promise<TNoticeEmailRhythm> {
      await repository.chooseWeeklyDigest(db, actor.personId, choice.rhythm === 'weekly');
      return this.emailRhythm(actor);
    },
  };
}

/**
 * Reminders that time brings: actions due within a week or overdue, quarters due within two weeks and
 * not submitted. Each reaches a person once (notice_once). Run by the job queue's hourly schedule; safe
 * on every instance.
 */
export async function raiseTimeReminders(db: Kysely<TDatabase>) {
  for (const action of await repository.actionsToRemind(db)) {
    const link = `/partnerships/${action.partnership_id}/actions`;
    const dueOn = calendarDateInBoth(action.due_on);
    if (action.overdue) {
      const managers = await repository.peopleOfPartnership(db, action.partnership_id, ['programme_manager']);
      await repository.insertNotices(db, [...new Set([action.owner_id, ...managers])], {
        kind: 'action_overdue',
        partnershipId: action.partnership_id,
        subjectKey: `action:${action.id}:${action.due_on}`,
        title: {
          nl: `Actie over datum (${dueOn.nl}): ${action.description}`,
          en: `Action past its due date (${dueOn.en}): ${action.description}`,
        },
        link,
      });
    } else {
      await repository.insertNotices(db, [action.owner_id], {
        kind: 'action_due_soon',
        partnershipId: action.partnership_id,
        subjectKey: `action:${action.id}:${action.due_on}`,
        title: {
          nl: `Actie binnenkort af (${dueOn.nl}): ${action.description}`,
          en: `Action due soon (${dueOn.en}): ${action.description}`,
        },
        link,
      });
    }
  }
  for (const due of await repository.assessmentsDueSoon(db)) {
    const managers = await repository.peopleOfPartnership(db, due.partnership_id, ['programme_manager']);
    await repository.insertNotices(db, managers, {
      kind: 'assessment_due_soon',
      partnershipId: due.partnership_id,
      subjectKey: `period:${due.period_id}`,
      title: {
        nl: `De zelfevaluatie ${due.code} van ${due.name} moet vóór ${formatCalendarDate(due.due_on, 'nl')} worden ingediend.`,
        en: `The ${due.code} self-assessment of ${due.name} is due on ${formatCalendarDate(due.due_on, 'en')}.`,
      },
      link: `/partnerships/${due.partnership_id}`,
    });
  }
}

/**
 * Every notice not yet emailed goes onto the job queue as an email, to those who want it: the notice is
 * marked in the transaction that queues its message (an outbox), so it is queued once, whichever instance
 * runs this; the send-email job then delivers it at least once. Runs every minute from the queue's schedule.
 * Returns how many emails were queued.
 */
export async function queueNoticeEmails(db: Kysely<TDatabase>, config: Pick<TConfig, 'publicUrl'>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const notices = await repository.lockNoticesToEmail(trx);
    for (const notice of notices) {
      // A notice the weekly digest covers is marked as well: it never goes out on its own, also not after
      // its person switches back to an email per notice.
      await repository.markEmailQueued(trx, notice.id);
      if (notice.weekly_digest) continue;
      await queueEmail(trx, {
        kind: 'notice',
        personId: notice.person_id,
        responseId: null,
        recipientEmail: notice.email ?? '',
        locale: notice.language,
        ...renderNotice(notice.language, {
          name: notice.display_name,
          title: { nl: notice.title_nl, en: notice.title_en },
          link: `${config.publicUrl}${notice.link}`,
        }),
      });
    }
    return notices.filter((n) => !n.weekly_digest).length;
  });
}
