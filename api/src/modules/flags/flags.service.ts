import type { Kysely } from 'kysely';
import { describeFlag, evaluateFlags, type TFlagThresholds, type TQuarterThemes } from '@koers/shared/flags';
import type { TFlag } from '@koers/shared/dashboards';
import type { TThemeNumber } from '@koers/shared/themes';
import type { Database } from '../../db/schema.ts';
import type { Executor } from '../../db/types.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { scopeOf } from '../auth/access-scope.ts';
import { authorizePartnership, authorizePlatform } from '../auth/authorize.ts';
import { themeNames } from '../instrument/instrument.repository.ts';
import { insertNotices, peopleOfPartnership } from '../notices/notices.repository.ts';
import * as repository from './flags.repository.ts';

/**
 * Evaluates the flag rules for a partnership's quarter from its stored summaries; raises new flags and
 * carries on those still open from the previous submitted quarter.
 */
export async function raiseFlagsForQuarter(db: Executor, partnershipId: string, periodId: string): Promise<void> {
  const rows = await repository.summariesUpTo(db, partnershipId, periodId);
  const quarters = new Map<string, TQuarterThemes>();
  for (const row of rows) {
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
  const thresholds = await repository.loadThresholds(db);
  const raised = await repository.raiseFlags(
    db,
    partnershipId,
    periodId,
    previousPeriodId,
    evaluateFlags(current, [...quarters.values()], thresholds),
  );
  if (raised > 0) await noticeOfNewFlags(db, partnershipId, periodId, raised);
}

/** Tells the partnership's programme managers and critical friends that flags were raised. */
async function noticeOfNewFlags(db: Executor, partnershipId: string, periodId: string, count: number) {
  const [people, partnership] = await Promise.all([
    peopleOfPartnership(db, partnershipId, ['programme_manager', 'critical_friend']),
    db.selectFrom('partnership').select('name').where('id', '=', partnershipId).executeTakeFirst(),
  ]);
  await insertNotices(db, people, {
    kind: 'flag_new',
    partnershipId,
    subjectKey: `flags:${periodId}`,
    title: {
      nl: `${count} nieuwe ${count === 1 ? 'signaal' : 'signalen'} voor ${partnership?.name ?? ''}: tijd voor een gesprek`,
      en: `${count} new ${count === 1 ? 'flag' : 'flags'} for ${partnership?.name ?? ''}: time for a conversation`,
    },
    link: `/partnerships/${partnershipId}/dashboard`,
  });
}

export function createFlagService(db: Kysely<Database>) {
  return {
    async list(actor: TActor, partnershipId: string, status: 'open' | 'all'): Promise<TFlag[]> {
      authorizePartnership(actor, 'partnership:read', { partnershipId });
      const [rows, names] = await Promise.all([
        repository.listFlags(db, scopeOf(actor), partnershipId, status),
        themeNames(db),
      ]);
      return rows.map((row) => ({
        id: row.id,
        periodCode: row.period_code,
        theme: row.theme_number as TThemeNumber | null,
        kind: row.kind,
        severity: row.severity,
        status: row.status,
        raisedAt: row.raised_at.toISOString(),
        reason: describeFlag(
          { kind: row.kind, theme: row.theme_number as TThemeNumber | null, facts: row.facts },
          names,
        ),
        resolution: row.resolution,
      }));
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
}
