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
  /** Median of peer partnerships with the same scenario; null when fewer than 5 peers share it. */
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

export const ZBoardOverview = z.object({
  period: ZPeriodRef.nullable(),
  periods: z.array(ZPeriodRef),
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
  /** Theme averages over the partnerships in view, per quarter, oldest first. */
  trend: z.array(z.object({ periodCode: z.string(), submitted: z.number().int(), averages: ZThemeScores })),
  notSubmitted: z.array(z.object({ partnershipId: z.uuid(), name: z.string() })),
});
export type TBoardOverview = z.infer<typeof ZBoardOverview>;
