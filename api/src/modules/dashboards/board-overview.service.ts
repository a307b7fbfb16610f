import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import { MIN_PEERS, type TBoardOverview, type TBoardOverviewQuery } from '@koers/shared/dashboards';
import { roundScore } from '@koers/shared/score-format';
import type { TThemeNumber } from '@koers/shared/themes';
import type { TDatabase } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import type { TActor } from '../../plugins/auth.ts';
import { authorizePlatform } from '../auth/authorize.ts';
import * as repository from './board-overview.repository.ts';
import { boardViewerKey } from './dashboard-cache-keys.ts';
import { fromNumeric } from './numeric.ts';

/** One viewer's board overview as asked for and allowed: everything besides the data that it depends on. */
export type TBoardOverviewView = {
  scope: repository.TBoardScope;
  /** Which quarters are open changes with the date, not with the data. */
  today: string;
  query: TBoardOverviewQuery;
};

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
    entry.themes.set(row.theme_number, { average: fromNumeric(row.average), scored: Number(row.scored) });
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
 * The quarter the board overview shows: the one asked for, or else the default. Opening on the open
 * quarter showed mostly "not submitted": the latest closed quarter with submissions says more.
 */
export function chosenPeriod<P extends { id: string; open: boolean; has_submissions: unknown }>(
  periods: readonly P[],
  periodId: string | undefined,
): { period: P | undefined; fallback: P | undefined } {
  const submitted = periods.filter((p) => p.has_submissions);
  const fallback = submitted.find((p) => !p.open) ?? submitted[0];
  const period = periodId ? periods.find((p) => p.id === periodId) : fallback;
  if (periodId && !period) throw new NotFoundError('Period');
  return { period, fallback };
}

/**
 * What a board overview shows whatever quarter, page or sort it is asked for (the quarters, the regions, the
 * trend): three of its five statements, and the dearer ones. Kept per viewer (and date or filters) under
 * the versions of the data the overview depends on, read before computing it, so a part is never older
 * than an overview computed under the same versions would be: a board member who pages through the
 * quarters, or an admin who tries the filters, has them computed once. A few kilobytes each.
 */
function createReusableParts() {
  // lru-cache shares a computation in flight among those who ask for its key and keeps no failure; the
  // computation passes as the fetch's context. A part evicted while it runs still answers who waits for it.
  const kept = new LRUCache<string, object, () => Promise<object>>({
    max: 2_000,
    ignoreFetchAbort: true,
    fetchMethod: (_key, _stale, { context }) => context(),
  });
  return {
    async reuse<T extends object>(key: string, compute: () => Promise<T>): Promise<T> {
      return (await kept.fetch(key, { context: compute })) as T;
    },
  };
}

/** The heatmap of partnerships x themes, the board's trend and who has not submitted, from the stored summaries. */
export function createBoardOverviewService(db: Kysely<TDatabase>) {
  const parts = createReusableParts();
  return {
    /** Refuses who may not see the board overview; for the others, what theirs depends on. */
    viewOf(actor: TActor, query: TBoardOverviewQuery): TBoardOverviewView {
      authorizePlatform(actor, 'board-overview:read');
      // Board members see the partnerships their organisation takes part in; admins see all.
      const scope: repository.TBoardScope = actor.access.isAdmin
        ? { kind: 'all' }
        : { kind: 'partnerships', ids: [...actor.access.boardMemberOf].sort(), boardMemberId: actor.personId };
      return { scope, today: new Date().toISOString().slice(0, 10), query };
    },

    /** `asOf`: the versions of the data it depends on as the read cache read them (see `parts`). */
    async overview({ scope, today, query }: TBoardOverviewView, asOf: string): Promise<TBoardOverview> {
      // Hashed: a board member's viewer key and versions name each of their partnerships.
      const part = <T extends object>(name: string, compute: () => Promise<T>) =>
        parts.reuse(
          createHash('sha1')
            .update(`${name}\n${boardViewerKey(scope)}\n${asOf}`)
            .digest('base64'),
          compute,
        );
      const { sector, scenario, region } = query;
      const [periods, regions, trendRows] = await Promise.all([
        part(`periods:${today}`, () => repository.boardPeriods(db, scope, today)),
        part('regions', () => repository.regionsInView(db, scope)),
        part(`trend:${JSON.stringify({ sector, scenario, region })}`, () =>
          repository.trendOfAverages(db, scope, query),
        ),
      ]);
      const { period, fallback } = chosenPeriod(periods, query.periodId);
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
            1: roundScore(fromNumeric(r.t1)),
            2: roundScore(fromNumeric(r.t2)),
            3: roundScore(fromNumeric(r.t3)),
            4: roundScore(fromNumeric(r.t4)),
            5: roundScore(fromNumeric(r.t5)),
          },
          openFlags: Number(r.open_flags),
        })),
        trend: boardTrend(total, periods, trendRows),
        notSubmitted: missing.map((m) => ({ partnershipId: m.id, name: m.name })),
      };
    },
  };
}
