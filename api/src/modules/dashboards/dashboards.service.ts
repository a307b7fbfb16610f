import type { Kysely } from 'kysely';
import {
  MIN_PEERS,
  ZBoardOverview,
  ZPartnershipDashboard,
  type TBoardOverview,
  type TBoardOverviewQuery,
  type TPartnershipDashboard,
  type TTimelineNote,
} from '@koers/shared/dashboards';
import { can } from '@koers/shared/policy';
import { roundScore } from '@koers/shared/score-format';
import { THEME_NUMBERS, type TThemeNumber } from '@koers/shared/themes';
import type { Database } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import type { ReadCache, TCachedJson } from '../../plugins/read-cache.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { scopeOf, type TAccessScope } from '../auth/access-scope.ts';
import { authorizePartnership, authorizePlatform } from '../auth/authorize.ts';
import { createFlagService } from '../flags/flags.service.ts';
import { themeNames } from '../instrument/instrument.repository.ts';
import { findPartnership } from '../partnerships/partnerships.repository.ts';
import * as repository from './dashboards.repository.ts';

const num = (value: string | number | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);

/**
 * The board's averages per quarter: every quarter with submissions in view, and the open quarter even
 * before anyone submitted, so the chart says it is still open instead of leaving it out. An average stands
 * on at least MIN_PEERS partnerships, or on every partnership in view when fewer are (a board member whose
 * organisation takes part in three): one early submission would read as a collapse. Every partnership in
 * the average is one the viewer may read on its own, so the smaller view shows them nothing new.
 */
function boardTrend(
  inView: number,
  periods: readonly { code: string; opens_on: string; open: boolean }[],
  rows: readonly {
    code: string;
    opens_on: string;
    theme_number: number;
    average: string | null;
    scored: string;
    submitted: string;
  }[],
): TBoardOverview['trend'] {
  const quarters = new Map<
    string,
    {
      opensOn: string;
      open: boolean;
      submitted: number;
      themes: Map<number, { average: number | null; scored: number }>;
    }
  >();
  const quarter = (code: string, opensOn: string) => {
    let found = quarters.get(code);
    if (!found) {
      found = { opensOn, open: periods.some((p) => p.code === code && p.open), submitted: 0, themes: new Map() };
      quarters.set(code, found);
    }
    return found;
  };
  for (const period of periods) if (period.open) quarter(period.code, period.opens_on);
  for (const row of rows) {
    const entry = quarter(row.code, row.opens_on);
    entry.submitted = Math.max(entry.submitted, Number(row.submitted));
    entry.themes.set(row.theme_number, { average: num(row.average), scored: Number(row.scored) });
  }
  const minimum = inView > 0 ? Math.min(MIN_PEERS, inView) : MIN_PEERS;
  return [...quarters]
    .sort(([, a], [, b]) => a.opensOn.localeCompare(b.opensOn))
    .map(([code, q]) => {
      const theme = (t: TThemeNumber) => q.themes.get(t) ?? { average: null, scored: 0 };
      return {
        periodCode: code,
        status: q.open ? 'open' : q.submitted < minimum ? 'thin' : 'complete',
        submitted: q.submitted,
        partnerships: byTheme((t) => theme(t).scored),
        averages: byTheme((t) => (theme(t).scored < minimum ? null : roundScore(theme(t).average))),
      };
    });
}

function byTheme<T>(value: (theme: TThemeNumber) => T): Record<`${TThemeNumber}`, T> {
  return { 1: value(1), 2: value(2), 3: value(3), 4: value(4), 5: value(5) };
}

/**
 * Dashboards read the stored summaries only: their cost does not grow with the number of answers. Their
 * JSON is cached per read version, so repeated views cost one session query.
 */
export function createDashboardService(db: Kysely<Database>, cache: ReadCache) {
  const flags = createFlagService(db);

  async function notes(partnershipId: string): Promise<TTimelineNote[]> {
    const rows = await repository.timelineNotes(db, partnershipId);
    return rows.map((n) => ({ id: n.id, notedOn: n.noted_on, text: n.text, author: n.author }));
  }

  async function partnershipDashboard(
    actor: TActor,
    partnershipId: string,
    periodId: string | undefined,
  ): Promise<TPartnershipDashboard> {
    const partnership = await findPartnership(db, scopeOf(actor), partnershipId);
    if (!partnership) throw new NotFoundError('Partnership');
    const [rows, names] = await Promise.all([repository.partnershipSummaries(db, partnershipId), themeNames(db)]);

    const quarters: {
      id: string;
      code: string;
      opensOn: string;
      version: number;
      assessmentId: string;
      themes: Map<number, (typeof rows)[number]>;
    }[] = [];
    for (const row of rows) {
      let quarter = quarters.at(-1);
      if (quarter?.id !== row.period_id) {
        quarter = {
          id: row.period_id,
          code: row.period_code,
          opensOn: row.opens_on,
          version: row.instrument_version,
          assessmentId: row.assessment_id,
          themes: new Map(),
        };
        quarters.push(quarter);
      }
      quarter.themes.set(row.theme_number, row);
    }
    const index = periodId ? quarters.findIndex((q) => q.id === periodId) : quarters.length - 1;
    if (periodId && index < 0) throw new NotFoundError('Submitted quarter');
    const selected = quarters[index];
    const previous = index > 0 ? quarters[index - 1] : undefined;

    const medians = selected ? await repository.peerMedians(db, partnershipId, partnership.scenario, selected.id) : [];
    const peerCount = Math.max(0, ...medians.map((m) => Number(m.peers)));
    const showPeers = peerCount >= MIN_PEERS;
    const narrative = can(actor.access, 'partnership:read-narrative', {
      partnershipId,
      sharesNarratives: partnership.shares_with_board,
    });
    const [indicators, narratives, openFlags] = await Promise.all([
      selected ? repository.indicatorDetail(db, selected.assessmentId) : [],
      selected && narrative ? repository.narratives(db, selected.assessmentId) : [],
      flags.list(actor, partnershipId, 'open'),
    ]);

    const { shares_with_board: _shares, ...fields } = partnership;
    return {
      partnership: fields,
      periods: quarters.map((q) => ({ id: q.id, code: q.code })).reverse(),
      period: selected ? { id: selected.id, code: selected.code } : null,
      previousPeriod: previous ? { id: previous.id, code: previous.code } : null,
      themes: THEME_NUMBERS.map((theme) => {
        const now = selected?.themes.get(theme);
        const before = previous?.themes.get(theme);
        const score = num(now?.score);
        const prior = num(before?.score);
        const median = medians.find((m) => m.theme_number === theme);
        return {
          theme,
          name: names[theme],
          score,
          previous: prior,
          change: score !== null && prior !== null ? roundScore(score - prior) : null,
          coverage: num(now?.coverage),
          perspectives: now?.perspective_scores ?? {},
          perspectiveSpread: num(now?.perspective_spread),
          respondentSpread: num(now?.respondent_spread),
          peerMedian: showPeers && median ? roundScore(num(median.median)) : null,
        };
      }),
      peers: { count: peerCount, shown: showPeers },
      trend: quarters.map((q) => ({
        periodCode: q.code,
        opensOn: q.opensOn,
        instrumentVersion: q.version,
        scores: Object.fromEntries(THEME_NUMBERS.map((t) => [t, num(q.themes.get(t)?.score)])) as Record<
          '1' | '2' | '3' | '4' | '5',
          number | null
        >,
      })),
      indicators: indicators.map((i) => ({
        theme: i.theme as TThemeNumber,
        code: i.code,
        text: { nl: i.text_nl, en: i.text_en },
        score: roundScore(num(i.score)),
        dontKnow: Number(i.dont_know),
      })),
      narratives: narratives.map((n) => ({
        theme: n.theme_number as TThemeNumber,
        respondent: n.respondent_name,
        evidence: n.evidence,
        nextStep: n.next_step,
        priority: n.priority,
      })),
      notes: await notes(partnershipId),
      flags: openFlags,
    };
  }

  async function boardOverview(
    scope: TAccessScope,
    query: TBoardOverviewQuery,
    today: string,
  ): Promise<TBoardOverview> {
    const [periods, regions, trendRows] = await Promise.all([
      repository.boardPeriods(db, scope, today),
      repository.regionsInView(db, scope),
      repository.trendOfAverages(db, scope, query),
    ]);
    // Opening on the open quarter showed mostly "not submitted": the latest closed quarter says more.
    const submitted = periods.filter((p) => p.has_submissions);
    const fallback = submitted.find((p) => !p.open) ?? submitted[0];
    const period = query.periodId ? periods.find((p) => p.id === query.periodId) : fallback;
    if (query.periodId && !period) throw new NotFoundError('Period');
    const [rows, missing] = await Promise.all([
      repository.heatmapPage(db, scope, query, period?.id ?? null),
      period ? repository.notSubmitted(db, scope, query, period.id) : [],
    ]);

    const total = Number(rows[0]?.total ?? 0);
    return {
      period: period ? { id: period.id, code: period.code, open: period.open } : null,
      defaultPeriodId: fallback?.id ?? null,
      periods: periods.map((p) => ({ id: p.id, code: p.code, open: p.open })),
      regions,
      total,
      rows: rows.map((r) => ({
        partnershipId: r.id,
        name: r.name,
        region: r.region,
        sector: r.sector,
        scenario: r.scenario,
        submitted: r.submitted,
        scores: {
          1: roundScore(num(r.t1)),
          2: roundScore(num(r.t2)),
          3: roundScore(num(r.t3)),
          4: roundScore(num(r.t4)),
          5: roundScore(num(r.t5)),
        },
        openFlags: Number(r.open_flags),
      })),
      trend: boardTrend(total, periods, trendRows),
      notSubmitted: missing.map((m) => ({ partnershipId: m.id, name: m.name })),
    };
  }

  return {
    /** The dashboard's JSON. */
    async partnership(actor: TActor, partnershipId: string, periodId: string | undefined): Promise<TCachedJson> {
      authorizePartnership(actor, 'partnership:read', { partnershipId });
      // Narratives depend on the partnership's choice to share them: the key holds both possible answers.
      const narratives = [true, false].map((sharesNarratives) =>
        can(actor.access, 'partnership:read-narrative', { partnershipId, sharesNarratives }) ? 'n' : '-',
      );
      return cache.json(
        `dashboard:${partnershipId}:${periodId ?? 'latest'}:${narratives.join('')}`,
        actor.readVersion,
        ZPartnershipDashboard,
        () => partnershipDashboard(actor, partnershipId, periodId),
      );
    },

    async addTimelineNote(
      { actor, requestId }: TRequestContext,
      partnershipId: string,
      input: { notedOn: string; text: string },
    ) {
      authorizePartnership(actor, 'timeline-note:write', { partnershipId });
      await db.transaction().execute(async (trx) => {
        const { id } = await repository.insertTimelineNote(trx, {
          partnership_id: partnershipId,
          noted_on: input.notedOn,
          text: input.text,
          author_id: actor.personId,
        });
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'timeline-note.added',
          partnershipId,
          subjectType: 'timeline_note',
          subjectId: id,
          requestId,
        });
      });
      return notes(partnershipId);
    },

    async timelineNotes(actor: TActor, partnershipId: string) {
      authorizePartnership(actor, 'partnership:read', { partnershipId });
      return notes(partnershipId);
    },

    /** The board overview's JSON. */
    async boardOverview(actor: TActor, query: TBoardOverviewQuery): Promise<TCachedJson> {
      authorizePlatform(actor, 'board-overview:read');
      // Board members see the partnerships their organisation takes part in; admins see all.
      const scope: TAccessScope = actor.access.isAdmin
        ? { kind: 'all' }
        : { kind: 'partnerships', ids: [...actor.access.boardMemberOf].sort() };
      // Which quarters are open changes with the date, not with the data: the date is part of the key.
      const today = new Date().toISOString().slice(0, 10);
      return cache.json(
        `board-overview:${today}:${scope.kind === 'all' ? 'all' : scope.ids.join(',')}:${JSON.stringify(query)}`,
        actor.readVersion,
        ZBoardOverview,
        () => boardOverview(scope, query, today),
      );
    },
  };
}
