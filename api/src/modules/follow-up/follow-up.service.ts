import type { Kysely } from 'kysely';
import { formatCalendarDate } from '@koers/shared/calendar';
import { describeFlag, type TFlagKind } from '@koers/shared/flags';
import type { TFlag } from '@koers/shared/dashboards';
import {
  ZReviewQueue,
  type TAction,
  type TActionCreate,
  type TActionProgress,
  type TFlagDetail,
  type TQueueItem,
  type TReview,
  type TReviewQueue,
  type TReviewQueueQuery,
  type TReviewWrite,
} from '@koers/shared/follow-up';
import { can } from '@koers/shared/policy';
import type { TThemeNumber } from '@koers/shared/themes';
import type { Database } from '../../db/schema.ts';
import type { Executor } from '../../db/types.ts';
import { ApiError, ConflictError, NotFoundError } from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import type { ReadCache, TCachedJson } from '../../plugins/read-cache.ts';
import { findAssessment } from '../assessments/assessments.repository.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { scopeOf, type TAccessScope } from '../auth/access-scope.ts';
import { authorizePartnership, authorizePlatform } from '../auth/authorize.ts';
import { flagReadings } from '../flags/flags.repository.ts';
import { themeNames } from '../instrument/instrument.repository.ts';
import { insertNotices, peopleOfPartnership } from '../notices/notices.repository.ts';
import * as repository from './follow-up.repository.ts';

type Names = Awaited<ReturnType<typeof themeNames>>;

function toFlag(row: Omit<repository.FlagRow, 'partnership_id' | 'partnership_name'>, names: Names): TFlag {
  const theme = row.theme_number as TThemeNumber | null;
  return {
    id: row.id,
    periodCode: row.period_code,
    theme,
    kind: row.kind as TFlagKind,
    severity: row.severity,
    status: row.status,
    raisedAt: row.raised_at.toISOString(),
    reason: describeFlag({ kind: row.kind, theme, facts: row.facts }, names),
    resolution: row.resolution,
  };
}

async function toActions(db: Executor, rows: repository.ActionRow[]): Promise<TAction[]> {
  const ids = rows.map((r) => r.id);
  const [links, notes] = await Promise.all([repository.actionLinks(db, ids), repository.actionNotes(db, ids)]);
  return rows.map((r) => ({
    id: r.id,
    partnershipId: r.partnership_id,
    theme: r.theme_number as TThemeNumber | null,
    description: r.description,
    owner: { id: r.owner_id, name: r.owner_name },
    dueOn: r.due_on,
    supportType: r.support_type,
    status: r.status,
    overdue: r.overdue,
    flags: links
      .filter((l) => l.action_id === r.id)
      .map((l) => ({ id: l.flag_id, kind: l.kind, theme: l.theme_number as TThemeNumber | null })),
    notes: notes
      .filter((n) => n.action_id === r.id)
      .map((n) => ({
        author: n.author,
        text: n.text,
        statusChange: n.status_change,
        createdAt: n.created_at.toISOString(),
      })),
    createdBy: r.created_by_name,
    createdAt: r.created_at.toISOString(),
  }));
}

async function sharesWithBoard(db: Executor, partnershipId: string) {
  const row = await db
    .selectFrom('partnership')
    .select('shares_with_board')
    .where('id', '=', partnershipId)
    .executeTakeFirst();
  return row?.shares_with_board ?? false;
}

/** From flag to conversation to action, tracked until done. */
export function createFollowUpService(db: Kysely<Database>, cache: ReadCache) {
  async function loadFlag(actor: TActor, flagId: string) {
    const flag = await repository.findFlag(db, scopeOf(actor), flagId);
    if (!flag) throw new NotFoundError('Flag');
    return flag;
  }

  async function loadAction(actor: TActor, actionId: string) {
    const [row] = await repository.listActions(db, { actionId });
    if (!row || !can(actor.access, 'partnership:read', { partnershipId: row.partnership_id }))
      throw new NotFoundError('Action');
    return row;
  }

  async function queue(scope: TAccessScope, page: TReviewQueueQuery): Promise<TReviewQueue> {
    const [rows, total, names] = await Promise.all([
      repository.queueFlags(db, scope, page),
      repository.countQueueFlags(db, scope),
      themeNames(db),
    ]);
    const items = rows.map((row): TQueueItem => {
      const lastReviewAt = row.last_review_at ? new Date(row.last_review_at) : null;
      return {
        flag: toFlag(row, names),
        sincePeriodCode: row.since_period_code,
        partnership: { id: row.partnership_id, name: row.partnership_name },
        actions: {
          total: Number(row.actions_total),
          open: Number(row.actions_open),
          overdue: Number(row.actions_overdue),
        },
        lastReviewAt: lastReviewAt?.toISOString() ?? null,
        newSinceLastReview: lastReviewAt === null || row.raised_at > lastReviewAt,
      };
    });
    return { items, total };
  }

  const service = {
    /** The review queue's JSON: the critical friend's own partnerships; an admin sees every partnership's open flags. */
    async queue(actor: TActor, page: TReviewQueueQuery): Promise<TCachedJson> {
      authorizePlatform(actor, 'review-queue:read');
      const scope: TAccessScope = actor.access.isAdmin
        ? { kind: 'all' }
        : { kind: 'partnerships', ids: [...actor.access.criticalFriendOf].sort() };
      // Overdue counts move with the date: the hour is part of the key.
      const hour = new Date().toISOString().slice(0, 13);
      return cache.json(
        `review-queue:${scope.kind === 'all' ? 'all' : scope.ids.join(',')}:${hour}:${page.page}:${page.pageSize}`,
        actor.readVersion,
        ZReviewQueue,
        () => queue(scope, page),
      );
    },

    async flag(actor: TActor, flagId: string): Promise<TFlagDetail> {
      const row = await loadFlag(actor, flagId);
      const [events, actions, readings, names] = await Promise.all([
        repository.flagEvents(db, flagId),
        repository.listActions(db, { flagId }),
        flagReadings(db, flagId),
        themeNames(db),
      ]);
      const theme = row.theme_number as TThemeNumber | null;
      return {
        flag: toFlag(row, names),
        partnership: { id: row.partnership_id, name: row.partnership_name },
        history: [
          { event: 'raised' as const, at: row.raised_at.toISOString(), actor: null, note: null },
          ...events.map((e) => ({ event: e.event, at: e.occurred_at.toISOString(), actor: e.actor, note: e.note })),
        ],
        readings: readings.map((r) => ({
          periodCode: r.period_code,
          severity: r.severity,
          reason: describeFlag({ kind: row.kind, theme, facts: r.facts }, names),
          recordedAt: r.recorded_at.toISOString(),
        })),
        actions: await toActions(db, actions),
      };
    },

    async acknowledge({ actor, requestId }: TRequestContext, flagId: string): Promise<TFlagDetail> {
      const flag = await loadFlag(actor, flagId);
      authorizePartnership(actor, 'review:write', { partnershipId: flag.partnership_id });
      if (flag.status !== 'open') throw new ConflictError('This flag has already been acknowledged');
      await db.transaction().execute(async (trx) => {
        if (!(await repository.setFlagStatus(trx, flagId, 'acknowledged', actor.personId, null)))
          throw new ConflictError('This flag has already been acknowledged');
        await repository.addFlagEvent(trx, flagId, actor.personId, 'acknowledged', null);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'flag.acknowledged',
          partnershipId: flag.partnership_id,
          subjectType: 'flag',
          subjectId: flagId,
          requestId,
        });
      });
      return service.flag(actor, flagId);
    },

    /** A flag closes when its actions are done, or with a reason a person can read. */
    async close({ actor, requestId }: TRequestContext, flagId: string, resolution: string): Promise<TFlagDetail> {
      const flag = await loadFlag(actor, flagId);
      authorizePartnership(actor, 'review:write', { partnershipId: flag.partnership_id });
      if (flag.status === 'closed') throw new ConflictError('This flag is already closed');
      const actions = await repository.listActions(db, { flagId });
      const allDone = actions.length > 0 && actions.every((a) => a.status === 'done' || a.status === 'dropped');
      if (!allDone && resolution.length < 3) {
        throw new ApiError(409, 'CONFLICT', 'Close a flag when its actions are done, or say why it is resolved', [
          { path: 'body.resolution', message: 'Give a reason, or finish the linked actions first' },
        ]);
      }
      await db.transaction().execute(async (trx) => {
        if (!(await repository.setFlagStatus(trx, flagId, 'closed', actor.personId, resolution || null)))
          throw new ConflictError('This flag is already closed');
        await repository.addFlagEvent(trx, flagId, actor.personId, 'closed', resolution || null);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'flag.closed',
          partnershipId: flag.partnership_id,
          subjectType: 'flag',
          subjectId: flagId,
          requestId,
          details: { resolution },
        });
      });
      return service.flag(actor, flagId);
    },

    async actions(actor: TActor, partnershipId: string): Promise<TAction[]> {
      authorizePartnership(actor, 'partnership:read', { partnershipId });
      return toActions(db, await repository.listActions(db, { partnershipId }));
    },

    async createAction(
      { actor, requestId }: TRequestContext,
      partnershipId: string,
      input: TActionCreate,
    ): Promise<TAction> {
      authorizePartnership(actor, 'follow-up:write', { partnershipId });
      const id = await db.transaction().execute(async (trx) => {
        if (!(await repository.isPersonOfPartnership(trx, partnershipId, input.ownerId))) {
          throw new ApiError(400, 'VALIDATION_FAILED', 'The owner must be a person in the partnership', [
            { path: 'body.ownerId', message: 'Choose a programme manager or critical friend of this partnership' },
          ]);
        }
        const flags = await Promise.all(
          input.flagIds.map((flagId) =>
            repository.findFlag(trx, { kind: 'partnerships', ids: [partnershipId] }, flagId),
          ),
        );
        const missing = input.flagIds.filter((_, i) => !flags[i]);
        if (missing.length > 0) {
          throw new ApiError(
            400,
            'VALIDATION_FAILED',
            'Link only flags of this partnership',
            missing.map((m) => ({ path: 'body.flagIds', message: `Unknown flag ${m}` })),
          );
        }
        const { id } = await repository.insertAction(trx, partnershipId, input, actor.personId);
        await repository.linkFlags(trx, id, input.flagIds);
        for (const flag of flags) {
          if (!flag) continue;
          await repository.addFlagEvent(trx, flag.id, actor.personId, 'action_linked', input.description);
          if (flag.status === 'open')
            await repository.setFlagStatus(trx, flag.id, 'acknowledged', actor.personId, null);
        }
        if (input.ownerId !== actor.personId) {
          await insertNotices(trx, [input.ownerId], {
            kind: 'action_new',
            partnershipId,
            subjectKey: `action:${id}`,
            title: {
              nl: `Nieuwe actie voor jou (vóór ${formatCalendarDate(input.dueOn, 'nl')}): ${input.description}`,
              en: `A new action for you (due ${formatCalendarDate(input.dueOn, 'en')}): ${input.description}`,
            },
            link: `/partnerships/${partnershipId}/actions`,
          });
        }
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'action.created',
          partnershipId,
          subjectType: 'action',
          subjectId: id,
          requestId,
          details: { ...input },
        });
        return id;
      });
      const [created] = await toActions(db, await repository.listActions(db, { actionId: id }));
      if (!created) throw new NotFoundError('Action');
      return created;
    },

    async progress({ actor, requestId }: TRequestContext, actionId: string, input: TActionProgress): Promise<TAction> {
      const action = await loadAction(actor, actionId);
      authorizePartnership(actor, 'follow-up:write', { partnershipId: action.partnership_id });
      await db.transaction().execute(async (trx) => {
        await repository.addActionNote(trx, actionId, actor.personId, input.text, input.status ?? null);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'action.progress',
          partnershipId: action.partnership_id,
          subjectType: 'action',
          subjectId: actionId,
          requestId,
          details: { ...input },
        });
      });
      const [updated] = await toActions(db, await repository.listActions(db, { actionId }));
      if (!updated) throw new NotFoundError('Action');
      return updated;
    },

    async review(actor: TActor, assessmentId: string): Promise<TReview | null> {
      const assessment = await findAssessment(db, scopeOf(actor), assessmentId);
      if (!assessment) throw new NotFoundError('Assessment');
      const row = await repository.findReview(db, assessmentId);
      if (!row) return null;
      const full = can(actor.access, 'partnership:read-narrative', {
        partnershipId: assessment.partnership_id,
        sharesNarratives: await sharesWithBoard(db, assessment.partnership_id),
      });
      return {
        id: row.id,
        assessmentId,
        periodCode: assessment.period_code,
        author: row.author,
        summary: full ? row.summary : null,
        questionBehind: full ? row.question_behind : null,
        themeRemarks: full ? row.theme_remarks : [],
        response:
          full && row.response_text && row.responded_by && row.responded_at
            ? { text: row.response_text, by: row.responded_by, at: row.responded_at.toISOString() }
            : null,
        createdAt: row.created_at.toISOString(),
        updatedAt: row.updated_at.toISOString(),
      };
    },

    /** The critical friend's review of a submitted assessment; the programme managers are told. */
    async writeReview(
      { actor, requestId }: TRequestContext,
      assessmentId: string,
      input: TReviewWrite,
    ): Promise<TReview> {
      const assessment = await findAssessment(db, scopeOf(actor), assessmentId);
      if (!assessment) throw new NotFoundError('Assessment');
      authorizePartnership(actor, 'review:write', { partnershipId: assessment.partnership_id });
      if (assessment.status !== 'submitted') throw new ConflictError('Review an assessment once it is submitted');
      await db.transaction().execute(async (trx) => {
        const remarks = JSON.stringify(input.themeRemarks);
        await trx
          .insertInto('review')
          .values({
            assessment_id: assessmentId,
            author_id: actor.personId,
            summary: input.summary,
            question_behind: input.questionBehind,
            theme_remarks: remarks,
          })
          .onConflict((oc) =>
            oc.column('assessment_id').doUpdateSet({
              summary: input.summary,
              question_behind: input.questionBehind,
              theme_remarks: remarks,
              updated_at: new Date(),
            }),
          )
          .execute();
        const managers = await peopleOfPartnership(trx, assessment.partnership_id, ['programme_manager']);
        await insertNotices(trx, managers, {
          kind: 'review_new',
          partnershipId: assessment.partnership_id,
          subjectKey: `review:${assessmentId}`,
          title: {
            nl: `Nieuwe review van ${assessment.partnership_name} (${assessment.period_code})`,
            en: `New review of ${assessment.partnership_name} (${assessment.period_code})`,
          },
          link: `/assessments/${assessmentId}`,
        });
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'review.written',
          partnershipId: assessment.partnership_id,
          subjectType: 'assessment',
          subjectId: assessmentId,
          requestId,
        });
      });
      const review = await service.review(actor, assessmentId);
      if (!review) throw new NotFoundError('Review');
      return review;
    },

    async respondToReview({ actor, requestId }: TRequestContext, assessmentId: string, text: string): Promise<TReview> {
      const assessment = await findAssessment(db, scopeOf(actor), assessmentId);
      if (!assessment) throw new NotFoundError('Assessment');
      authorizePartnership(actor, 'assessment:edit', { partnershipId: assessment.partnership_id });
      const updated = await db
        .updateTable('review')
        .set({ response_text: text, responded_by: actor.personId, responded_at: new Date() })
        .where('assessment_id', '=', assessmentId)
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) throw new NotFoundError('Review');
      await recordAudit(db, {
        actorPersonId: actor.personId,
        action: 'review.responded',
        partnershipId: assessment.partnership_id,
        subjectType: 'assessment',
        subjectId: assessmentId,
        requestId,
      });
      const review = await service.review(actor, assessmentId);
      if (!review) throw new NotFoundError('Review');
      return review;
    },

    async setSharing({ actor, requestId }: TRequestContext, partnershipId: string, sharesWithBoardMembers: boolean) {
      authorizePartnership(actor, 'partnership:share', { partnershipId });
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('partnership')
          .set({ shares_with_board: sharesWithBoardMembers })
          .where('id', '=', partnershipId)
          .execute();
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'partnership.sharing',
          partnershipId,
          subjectType: 'partnership',
          subjectId: partnershipId,
          requestId,
          details: { sharesWithBoard: sharesWithBoardMembers },
        });
      });
      return { sharesWithBoard: sharesWithBoardMembers };
    },
  };
  return service;
}
