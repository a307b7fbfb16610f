import { z } from 'zod';
import { ZDate, ZText } from './input.ts';
import { ZFlagKind, ZFlagSeverity } from './flags.ts';
import { ZLocalisedText } from './instrument.ts';
import { ZScenario, ZSector } from './partnerships.ts';
import { THEME_NUMBERS } from './themes.ts';
import { pageQuery } from './paging.ts';

const ZThemeNumber = z.union(THEME_NUMBERS.map((n) => z.literal(n)));
const ZScore = z.number().nullable();
/** Scores per theme: { "1": 2.75, ..., "5": null }. */
const ZThemeScores = z.record(z.enum(['1', '2', '3', '4', '5']), ZScore);
/** Counts per theme, keyed like ZThemeScores. */
const ZThemeCounts = z.record(z.enum(['1', '2', '3', '4', '5']), z.number().int());

/**
 * Fewer partnerships than this behind a median or an average and it could single one out, or swing on
 * one submission: it is not shown.
 */
export const MIN_PEERS = 5;

export const ZFlag = z.object({
  id: z.uuid(),
  periodCode: z.string(),
  theme: ZThemeNumber.nullable(),
  kind: ZFlagKind,
  severity: ZFlagSeverity,
  status: z.enum(['open', 'acknowledged', 'closed']),
  raisedAt: z.iso.datetime({ offset: true }),
  reason: ZLocalisedText,
  resolution: z.string().nullable(),
});
export type TFlag = z.infer<typeof ZFlag>;

export const ZFlagListQuery = z.object({ status: z.enum(['open', 'all']).default('open') });

export const ZTimelineNote = z.object({
  id: z.uuid(),
  notedOn: z.iso.date(),
  text: z.string(),
  author: z.string(),
});
export type TTimelineNote = z.infer<typeof ZTimelineNote>;

export const ZTimelineNoteCreate = z.object({
  notedOn: ZDate,
  text: ZText.trim().min(2).max(500),
});

const ZPeriodRef = z.object({ id: z.uuid(), code: z.string() });

export const ZDashboardTheme = z.object({
  theme: ZThemeNumber,
  name: ZLocalisedText,
  score: ZScore,
  /** The previous submitted quarter's score, and the change since. */
  previous: ZScore,
  change: ZScore,
  coverage: ZScore,
  perspectives: z.record(z.string(), ZScore),
  perspectiveSpread: ZScore,
  respondentSpread: ZScore,
  /** Median of peer partnerships with the same scenario; null when fewer than MIN_PEERS peers share it. */
  peerMedian: ZScore,
});

export const ZIndicatorDetail = z.object({
  theme: ZThemeNumber,
  code: z.string(),
  text: ZLocalisedText,
  /** Mean over the responses that scored it; null when nobody did. */
  score: ZScore,
  dontKnow: z.number().int(),
});

export const ZThemeNarrative = z.object({
  theme: ZThemeNumber,
  respondent: z.string(),
  evidence: z.string(),
  nextStep: z.string(),
  priority: z.boolean(),
});

export const ZPartnershipDashboard = z.object({
  partnership: z.object({ id: z.uuid(), name: z.string(), region: z.string(), sector: ZSector, scenario: ZScenario }),
  /** Quarters with a submitted assessment, newest first. */
  periods: z.array(ZPeriodRef),
  period: ZPeriodRef.nullable(),
  previousPeriod: ZPeriodRef.nullable(),
  themes: z.array(ZDashboardTheme),
  peers: z.object({ count: z.number().int(), shown: z.boolean() }),
  /** Every submitted quarter, oldest first, with the questionnaire version it was filled in with. */
  trend: z.array(
    z.object({
      periodCode: z.string(),
      opensOn: z.iso.date(),
      instrumentVersion: z.number().int(),
      scores: ZThemeScores,
    }),
  ),
  indicators: z.array(ZIndicatorDetail),
  /** Evidence and next steps; empty for people who may not read individual narratives. */
  narratives: z.array(ZThemeNarrative),
  notes: z.array(ZTimelineNote),
  flags: z.array(ZFlag),
});
export type TPartnershipDashboard = z.infer<typeof ZPartnershipDashboard>;

/**
 * A dashboard without what changes with other partnerships (the peer medians) or with who reads it (the
 * narratives): what the API keeps rendered per partnership, and completes at each read.
 */
export type TDashboardBase = Omit<TPartnershipDashboard, 'themes' | 'peers' | 'narratives'> & {
  themes: Omit<TPartnershipDashboard['themes'][number], 'peerMedian'>[];
};

export const ZDashboardQuery = z.object({ periodId: z.uuid().optional() });

export const BOARD_SORTS = ['name', 'theme1', 'theme2', 'theme3', 'theme4', 'theme5'] as const;

/** Partnerships per page of the board overview's heatmap, as the web app shows them. */
export const BOARD_PAGE_SIZE = 25;

export const ZBoardOverviewQuery = pageQuery({ defaultSize: BOARD_PAGE_SIZE, maxSize: 200 }).extend({
  periodId: z.uuid().optional(),
  sector: ZSector.optional(),
  scenario: ZScenario.optional(),
  region: ZText.trim().max(100).optional(),
  sort: z.enum(BOARD_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type TBoardOverviewQuery = z.infer<typeof ZBoardOverviewQuery>;

/** A quarter of the board overview; open while its due date has not passed and submissions may still come. */
const ZBoardPeriod = ZPeriodRef.extend({ open: z.boolean() });

/**
 * How far a quarter's averages can be read: complete once its due date has passed with at least MIN_PEERS
 * partnerships submitted; open while submissions may still come; thin when too few partnerships submitted.
 */
export const BOARD_QUARTER_STATUSES = ['complete', 'open', 'thin'] as const;

export const ZBoardOverview = z.object({
  /** The quarter shown: the one asked for, or else the latest closed quarter with submissions. */
  period: ZBoardPeriod.nullable(),
  /** The quarter shown when none is asked for. */
  defaultPeriodId: z.uuid().nullable(),
  /** Quarters with submissions in view and the open ones, newest first. */
  periods: z.array(ZBoardPeriod),
  regions: z.array(z.string()),
  /** Partnerships in view (after filters), across all pages. */
  total: z.number().int(),
  rows: z.array(
    z.object({
      partnershipId: z.uuid(),
      name: z.string(),
      region: z.string(),
      sector: ZSector,
      scenario: ZScenario,
      submitted: z.boolean(),
      scores: ZThemeScores,
      openFlags: z.number().int(),
    }),
  ),
  /** Theme averages over the partnerships in view, per quarter with submissions and per open quarter, oldest first. */
  trend: z.array(
    z.object({
      periodCode: z.string(),
      status: z.enum(BOARD_QUARTER_STATUSES),
      /** Partnerships in view that submitted the quarter. */
      submitted: z.number().int(),
      /** Per theme, the partnerships whose score the average stands on. */
      partnerships: ZThemeCounts,
      /** Null where fewer than MIN_PEERS partnerships scored the theme. */
      averages: ZThemeScores,
    }),
  ),
  notSubmitted: z.array(z.object({ partnershipId: z.uuid(), name: z.string() })),
});
export type TBoardOverview = z.infer<typeof ZBoardOverview>;
