import type { Kysely } from 'kysely';
import { evaluateFlags, type TFlagThresholds, type TQuarterThemes } from '@koers/shared/flags';
import type { TFlag } from '@koers/shared/dashboards';
import type { TFlagDetail } from '@koers/shared/follow-up';
import type { TThemeNumber } from '@koers/shared/themes';
import type { TDatabase } from '../../db/schema.ts';
import type { TExecutor } from '../../db/types.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import { toActions } from '../actions/actions.mapper.ts';
import { listActionRecords, listActions } from '../actions/actions.repository.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { scopeOf } from '../auth/access-scope.ts';
import { authorizePartnership, authorizePlatform } from '../auth/authorize.ts';
import { themeNames } from '../instrument/instrument.repository.ts';
import { insertNotices, peopleOfPartnership } from '../notices/notices.repository.ts';
import { toFlag, toFlagDetail } from './flags.mapper.ts';
import * as repository from './flags.repository.ts';

// Flags from the rules that raise them on submission to the person who closes them: one module, because
// both ends share the flag table, its row shape and its mapper.

/** A theme's figures the flag rules read, as stored in theme_summary or about to be. */
type TSummaryFigures = {
  period_id: string;
  theme_number: number;
  score: string | number | null;
  dont_know_share: string | number | null;
  respondent_spread: string | number | null;
};

/** The partnership a submission's flags are raised for, with the name its notice is titled with. */
type TFlaggedPartnership = { id: string; name: string };

/**
 * Evaluates the flag rules for a partnership's quarter from the summaries it is submitted with (before
 * they are stored: a submission writes them last), the stored ones of earlier quarters and the
 * thresholds (read by `flagRuleInputs`, or by a submission with its other inputs); raises new flags and
 * carries on those still open from the previous submitted quarter. The partnership's name, as the
 * submission read it, titles the notice of new flags.
 */
export async function raiseFlagsForQuarter(
  db: TExecutor,
  partnership: TFlaggedPartnership,
  periodId: string,
  quarterSummaries: readonly TSummaryFigures[],
  { earlier, thresholds }: repository.TFlagRuleInputs,
): Promise<void> {
  const quarters = new Map<string, TQuarterThemes>();
  for (const row of [...earlier, ...quarterSummaries]) {
    const quarter = quarters.get(row.period_id) ?? {};
    quarter[row.theme_number as TThemeNumber] = {
      score: row.score === null ? null : Number(row.score),
      dontKnowShare: row.dont_know_share === null ? null : Number(row.dont_know_share),
      respondentSpread: row.respondent_spread === null ? null : Number(row.respondent_spread),
    };
    quarters.set(row.period_id, quarter);
  }
  const current = quarters.get(periodId);
  if (!current) return;
  quarters.delete(periodId);
  // Summaries come oldest first, and only submitted quarters have them.
  const previousPeriodId = [...quarters.keys()].at(-1) ?? null;
  const raised = await repository.raiseFlags(
    db,
    partnership.id,
    periodId,
    previousPeriodId,
    evaluateFlags(current, [...quarters.values()], thresholds),
  );
  if (raised > 0) await noticeOfNewFlags(db, partnership, periodId, raised);
}

/** Tells the partnership's programme managers and critical friends that flags were raised. */
async function noticeOfNewFlags(db: TExecutor, partnership: TFlaggedPartnership, periodId: string, count: number) {
  const people = await peopleOfPartnership(db, partnership.id, ['programme_manager', 'critical_friend']);
  await insertNotices(db, people, {
    kind: 'flag_new',
    partnershipId: partnership.id,
    subjectKey: `flags:${periodId}`,
    title: {
      nl: `${count} ${count === 1 ? 'nieuw signaal' : 'nieuwe signalen'} voor ${partnership.name}: tijd voor een gesprek`,
      en: `${count} new ${count === 1 ? 'flag' : 'flags'} for ${partnership.name}: time for a conversation`,
    },
    link: `/partnerships/${partnership.id}/dashboard`,
  });
}

/** A partnership's flags, and what people do with them: acknowledge, follow up, close. */
export function createFlagService(db: Kysely<TDatabase>) {
  async function loadFlag(actor: TActor, flagId: string) {
    const flag = await repository.findFlag(db, scopeOf(actor), flagId);
    if (!flag) throw new NotFoundError('Flag');
    return flag;
  }

  const service = {
    async list(actor: TActor, partnershipId: string, status: 'open' | 'all'): Promise<TFlag[]> {
      authorizePartnership(actor, 'partnership:read', { partnershipId });
      const [rows, names] = await Promise.all([
        repository.listFlags(db, scopeOf(actor), partnershipId, status),
        themeNames(db),
      ]);
      return rows.map((row) => toFlag(row, names));
    },

    async detail(actor: TActor, flagId: string): Promise<TFlagDetail> {
      const row = await loadFlag(actor, flagId);
      const [events, actions, readings, names] = await Promise.all([
        repository.flagEvents(db, flagId),
        listActionRecords(db, { flagId }),
        repository.flagReadings(db, flagId),
        themeNames(db),
      ]);
      return toFlagDetail(row, events, readings, toActions(actions), names);
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
      return service.detail(actor, flagId);
    },

    /** A flag closes when its actions are done, or with a reason a person can read. */
    async close({ actor, requestId }: TRequestContext, flagId: string, resolution: string): Promise<TFlagDetail> {
      const flag = await loadFlag(actor, flagId);
      authorizePartnership(actor, 'review:write', { partnershipId: flag.partnership_id });
      if (flag.status === 'closed') throw new ConflictError('This flag is already closed');
      const actions = await listActions(db, { flagId });
      const allDone = actions.length > 0 && actions.every((a) => a.status === 'done' || a.status === 'dropped');
      if (!allDone && resolution.length < 3) {
        throw new ConflictError('Close a flag when its actions are done, or say why it is resolved', [
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
      return service.detail(actor, flagId);
    },

    async thresholds({ actor }: TRequestContext): Promise<TFlagThresholds> {
      authorizePlatform(actor, 'platform:manage');
      return repository.loadThresholds(db);
    },

    /** New thresholds apply to flags raised from now on; flags already raised keep their reasons. */
    async setThresholds({ actor, requestId }: TRequestContext, thresholds: TFlagThresholds): Promise<TFlagThresholds> {
      authorizePlatform(actor, 'platform:manage');
      await db.transaction().execute(async (trx) => {
        await repository.saveThresholds(trx, thresholds, actor.personId);
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'flag-settings.updated',
          subjectType: 'flag_settings',
          requestId,
          details: thresholds,
        });
      });
      return repository.loadThresholds(db);
    },
  };
  return service;
}
