import type { Kysely } from 'kysely';
import type { TCalendarFeed, TCalendarFeedCreated } from '@koers/shared/calendar-feed';
import type { TLanguage } from '@koers/shared/language';
import { readablePartnerships } from '@koers/shared/policy';
import type { TDatabase } from '../../db/schema.ts';
import { NotFoundError, TooManyRequestsError } from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { TAccessScope } from '../auth/access-scope.ts';
import { loadRolesAndAccess } from '../auth/access.repository.ts';
import { type TLimit, weighAttempt } from '../auth/attempt-throttle.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { sessionsOfPerson } from '../intervision/intervision.repository.ts';
import { buildCalendarFeed } from './calendar-feed.ts';
import * as repository from './calendar.repository.ts';

/**
 * Quarters (and intervision sessions) stay in the feed for a year after their date: a calendar app deletes what a feed no longer
 * holds, and a deadline that vanished from last month's calendar would look as if it never was.
 */
const QUARTERS_KEPT_DAYS = 365;

/**
 * Calendar apps fetch a feed every few minutes at most (Outlook and Google every few hours): more than
 * this is a loop or an address that spread, and each fetch costs several queries. Counted per feed, in
 * PostgreSQL, so every instance shares the count; Google's or Microsoft's few fetching addresses serve
 * everyone's feeds, so an address is no fair thing to count.
 */
export const FEED_FETCH_LIMIT: TLimit = { name: 'calendar-feed:fetch', attempts: 60, windowSeconds: 60 * 60 };

const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;

export function createCalendarService(db: Kysely<TDatabase>, publicUrl: string) {
  const feedUrl = (token: string) => `${publicUrl}/api/calendar/${token}.ics`;

  return {
    /** Whether the signed-in person has a feed (never its address: only its hash is kept). */
    async feed(actor: TActor): Promise<TCalendarFeed> {
      const row = await repository.findFeed(db, actor.personId);
      return {
        active: row !== undefined,
        language: row?.language ?? null,
        createdAt: row ? row.created_at.toISOString() : null,
        renewedAt: isoOrNull(row?.renewed_at ?? null),
      };
    },

    /** Makes the person's feed, or renews it: a new secret address, and the old one opens nothing. */
    async save(ctx: TRequestContext, language: TLanguage): Promise<TCalendarFeedCreated> {
      const { token, hash } = newToken();
      return db.transaction().execute(async (trx) => {
        const row = await repository.saveFeed(trx, ctx.actor.personId, hash, language);
        await recordAudit(trx, {
          actorPersonId: ctx.actor.personId,
          action: row.renewed ? 'calendar_feed.renewed' : 'calendar_feed.created',
          subjectType: 'person',
          subjectId: ctx.actor.personId,
          requestId: ctx.requestId,
          details: { language },
        });
        return {
          active: true,
          language: row.language,
          createdAt: row.created_at.toISOString(),
          renewedAt: isoOrNull(row.renewed_at),
          url: feedUrl(token),
        };
      });
    },

    /** Stops the feed: its address opens nothing from now on. */
    async stop(ctx: TRequestContext): Promise<void> {
      await db.transaction().execute(async (trx) => {
        if (!(await repository.deleteFeed(trx, ctx.actor.personId))) return;
        await recordAudit(trx, {
          actorPersonId: ctx.actor.personId,
          action: 'calendar_feed.stopped',
          subjectType: 'person',
          subjectId: ctx.actor.personId,
          requestId: ctx.requestId,
        });
      });
    },

    /** The deadlines a feed's secret opens, as iCalendar: what its owner's roles reach today. */
    async render(token: string): Promise<{ ics: string; version: string }> {
      const tokenHash = hashToken(token);
      const owner = await repository.findFeedByToken(db, tokenHash);
      if (!owner) throw new NotFoundError('Calendar feed');
      const decision = await weighAttempt(db, [{ limit: FEED_FETCH_LIMIT, counts: tokenHash }]);
      if (!decision.allowed) {
        throw new TooManyRequestsError(
          'This calendar feed is fetched too often; try again later',
          decision.retryAfterSeconds,
        );
      }
      const { access } = await loadRolesAndAccess(db, owner.person_id);
      const readable = readablePartnerships(access);
      const scope: TAccessScope = readable === 'all' ? { kind: 'all' } : { kind: 'partnerships', ids: readable };
      const since = new Date(Date.now() - QUARTERS_KEPT_DAYS * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
      const quarters = await repository.listQuarterDeadlines(db, scope, since);
      const actions = await repository.listActionDeadlines(db, scope, owner.person_id);
      const sessions = await sessionsOfPerson(db, owner.person_id, new Date(since));
      return buildCalendarFeed({
        language: owner.language,
        publicUrl,
        host: new URL(publicUrl).hostname,
        quarters: quarters.map((q) => ({
          partnershipId: q.partnership_id,
          partnershipName: q.partnership_name,
          periodId: q.period_id,
          periodCode: q.period_code,
          dueOn: q.due_on,
          submitted: q.assessment_status === 'submitted',
        })),
        actions: actions.map((a) => ({
          id: a.id,
          partnershipId: a.partnership_id,
          partnershipName: a.partnership_name,
          description: a.description,
          dueOn: a.due_on,
        })),
        sessions: sessions.map((s) => ({
          id: s.id,
          roundId: s.round_id,
          roundTitle: s.title,
          groupNumber: s.number,
          startsAt: s.starts_at,
          endsAt: s.ends_at,
          place: s.place,
        })),
      });
    },
  };
}
