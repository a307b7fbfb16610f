import type { Kysely } from 'kysely';
import { MIN_PEERS, type TDashboardBase, type TTimelineNote } from '@koers/shared/dashboards';
import { can } from '@koers/shared/policy';
import { roundScore } from '@koers/shared/score-format';
import { THEME_NUMBERS, type TThemeNumber } from '@koers/shared/themes';
import { CATALOGUE_SCOPE, partnershipScope, peerScope, type TNameScope } from '../../db/data-scopes.ts';
import type { TDatabase } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { scopeOf } from '../auth/access-scope.ts';
import { authorizePartnership } from '../auth/authorize.ts';
import { toFlag } from '../flags/flags.mapper.ts';
import { toThemeNames } from '../instrument/instrument.repository.ts';
import { renderedDashboard, type TDashboardAnswer, type TRenderedDashboard } from './dashboard-json.ts';
import * as snapshots from './dashboard-snapshots.repository.ts';
import * as repository from './dashboards.repository.ts';
import { fromNumeric } from './numeric.ts';
import { peerMedian } from './peer-median.ts';

/** One viewer's dashboard as asked for and allowed: everything besides the data that it depends on. */
export type TDashboardView = { partnershipId: string } & repository.TDashboardQuarter;

function toTimelineNote(n: { id: string; noted_on: string; text: string; author: string }): TTimelineNote {
  return { id: n.id, notedOn: n.noted_on, text: n.text, author: n.author };
}

type TDashboardData = Awaited<ReturnType<typeof repository.dashboardData>>;

/** A dashboard from its statement's row, but for the peer medians and narratives, with the detail of its quarter. */
function rendered(data: TDashboardData, periodId: string | undefined) {
  const { partnership, detail } = data;
  if (!partnership) throw new NotFoundError('Partnership');
  const rows = data.summaries;
  const names = toThemeNames(data.names);
  const openFlags = data.flags.map((flag) => toFlag({ ...flag, raised_at: new Date(flag.raised_at) }, names));

  const quarters: {
    id: string;
    code: string;
    opensOn: string;
    version: number;
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

  const { shares_with_board: _shares, ...fields } = partnership;
  const base: TDashboardBase = {
    partnership: fields,
    periods: quarters.map((q) => ({ id: q.id, code: q.code })).reverse(),
    period: selected ? { id: selected.id, code: selected.code } : null,
    previousPeriod: previous ? { id: previous.id, code: previous.code } : null,
    themes: THEME_NUMBERS.map((theme) => {
      const now = selected?.themes.get(theme);
      const before = previous?.themes.get(theme);
      const score = fromNumeric(now?.score);
      const prior = fromNumeric(before?.score);
      return {
        theme,
        name: names[theme],
        score,
        previous: prior,
        change: score !== null && prior !== null ? roundScore(score - prior) : null,
        coverage: fromNumeric(now?.coverage),
        perspectives: now?.perspective_scores ?? {},
        perspectiveSpread: fromNumeric(now?.perspective_spread),
        respondentSpread: fromNumeric(now?.respondent_spread),
      };
    }),
    trend: quarters.map((q) => ({
      periodCode: q.code,
      opensOn: q.opensOn,
      instrumentVersion: q.version,
      scores: Object.fromEntries(THEME_NUMBERS.map((t) => [t, fromNumeric(q.themes.get(t)?.score)])) as Record<
        '1' | '2' | '3' | '4' | '5',
        number | null
      >,
    })),
    indicators: (detail?.indicators ?? []).map((i) => ({
      theme: i.theme as TThemeNumber,
      code: i.code,
      text: { nl: i.text_nl, en: i.text_en },
      score: roundScore(fromNumeric(i.score)),
      dontKnow: Number(i.dont_know),
    })),
    notes: data.notes.map(toTimelineNote),
    flags: openFlags,
  };
  return { base, detail };
}

type TNarrativeRow = {
  theme_number: number;
  respondent_name: string;
  evidence: string;
  next_step: string;
  priority: boolean;
};

/**
 * A dashboard completed for its reader: each theme's peer median (against its own score, shown only with
 * at least MIN_PEERS peers) and the narratives the reader may read.
 */
function completed(
  rendered: TRenderedDashboard,
  figures: readonly repository.TPeerFigureRow[],
  narratives: readonly TNarrativeRow[],
): TDashboardAnswer {
  const scores = new Map(rendered.themes.map((t) => [t.theme, t.score]));
  const medians = new Map(
    figures.map((f) => [
      f.theme_number,
      peerMedian(
        { partnershipCount: f.partnership_count, middleScores: f.middle_scores.map(Number) },
        scores.get(f.theme_number as TThemeNumber) ?? null,
      ),
    ]),
  );
  const peerCount = Math.max(0, ...[...medians.values()].map((m) => m.peers));
  const showPeers = peerCount >= MIN_PEERS;
  return {
    rendered,
    completion: {
      themes: rendered.themes.map((theme) => {
        const median = medians.get(theme.theme)?.median ?? null;
        return { ...theme, peerMedian: showPeers && median !== null ? roundScore(median) : null };
      }),
      peers: { count: peerCount, shown: showPeers },
      narratives: narratives.map((n) => ({
        theme: n.theme_number as TThemeNumber,
        respondent: n.respondent_name,
        evidence: n.evidence,
        nextStep: n.next_step,
        priority: n.priority,
      })),
    },
  };
}

/**
 * Dashboards read the stored summaries only: their cost does not grow with the number of answers. A
 * partnership's latest quarter is read from its kept rendering while that is current (see
 * `dashboard-snapshots.ts`), completed with what changes with other partnerships and with the reader.
 */
export function createDashboardService(db: Kysely<TDatabase>) {
  async function notes(partnershipId: string): Promise<TTimelineNote[]> {
    return (await repository.timelineNotes(db, partnershipId)).map(toTimelineNote);
  }

  return {
    /** Refuses who may not read the partnership; for the others, what their dashboard depends on. */
    viewOf(actor: TActor, partnershipId: string, periodId: string | undefined): TDashboardView {
      authorizePartnership(actor, 'partnership:read', { partnershipId });
      const narrativesWhen = (sharesNarratives: boolean) =>
        can(actor.access, 'partnership:read-narrative', { partnershipId, sharesNarratives });
      return {
        partnershipId,
        periodId,
        narratives: { whenShared: narrativesWhen(true), whenNotShared: narrativesWhen(false) },
      };
    },

    async dashboard(actor: TActor, view: TDashboardView, nameScope?: TNameScope): Promise<TDashboardAnswer> {
      const { partnershipId, periodId } = view;
      const scope = scopeOf(actor);
      if (periodId === undefined) {
        const kept = await snapshots.keptDashboard(db, scope, partnershipId, view.narratives);
        if (kept?.rendered) {
          // Current: the versions it was rendered from are the ones read now, with the figures that complete it.
          nameScope?.(partnershipScope(partnershipId), kept.partnership_version);
          nameScope?.(CATALOGUE_SCOPE, kept.catalogue_version);
          if (kept.period_id) nameScope?.(peerScope(kept.scenario, kept.period_id), kept.peer_version ?? '0');
          return completed(kept.rendered, kept.figures ?? [], kept.narratives);
        }
      }
      const dataScopes = [partnershipScope(partnershipId), CATALOGUE_SCOPE];
      const data = await repository.dashboardData(db, scope, partnershipId, view, dataScopes);
      const { base, detail } = rendered(data, periodId);
      // Read with the data, so a kept dashboard is never older than the versions it is kept under.
      for (const dataScope of dataScopes) nameScope?.(dataScope, data.versions?.[dataScope] ?? '0');
      // The statement chose the same quarter by the same rule in the same snapshot, and read the version of
      // its peers' scope with their figures; a scope that never changed has no row: version 0, as
      // `findDataVersions` reads it.
      if (detail) nameScope?.(peerScope(detail.scenario, detail.period_id), detail.version ?? '0');
      return completed(renderedDashboard(base), detail?.figures ?? [], detail?.narratives ?? []);
    },

    /**
     * Renders a partnership's dashboard as every reader sees it (its latest submitted quarter, without peer
     * medians and narratives) and keeps it with the versions it was rendered from. False when it is gone.
     */
    async renderSnapshot(partnershipId: string): Promise<boolean> {
      const dataScopes = [partnershipScope(partnershipId), CATALOGUE_SCOPE] as const;
      const noNarratives = { whenShared: false, whenNotShared: false };
      const data = await repository.dashboardData(
        db,
        { kind: 'all' },
        partnershipId,
        { periodId: undefined, narratives: noNarratives },
        dataScopes,
      );
      if (!data.partnership) return false;
      const { base, detail } = rendered(data, undefined);
      await snapshots.keepDashboard(db, {
        partnershipId,
        partnershipVersion: data.versions?.[dataScopes[0]] ?? '0',
        catalogueVersion: data.versions?.[dataScopes[1]] ?? '0',
        periodId: detail?.period_id ?? null,
        assessmentId: detail?.assessment_id ?? null,
        rendered: renderedDashboard(base),
      });
      return true;
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
  };
}
