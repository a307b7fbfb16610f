import { z } from 'zod';
import { formatCalendarDate } from './calendar.ts';
import { formatScore } from './score-format.ts';
import { ZInt } from './input.ts';
import { CONTINUOUS_LINE_THEME, THEME_NUMBERS, type TThemeNumber } from './themes.ts';

/**
 * Flags invite a conversation with the critical friend; they are not a judgement. Each has a reason a person
 * can read, in Dutch and English. The rules and their default thresholds come from the domain brief;
 * admins can change the thresholds.
 */
export const FLAG_KINDS = ['weak', 'declining', 'foundation_gap', 'divergence', 'low_coverage', 'overdue'] as const;
export const ZFlagKind = z.enum(FLAG_KINDS);
export type TFlagKind = z.infer<typeof ZFlagKind>;

export const FLAG_SEVERITIES = ['high', 'attention'] as const;
export const ZFlagSeverity = z.enum(FLAG_SEVERITIES);
export type TFlagSeverity = z.infer<typeof ZFlagSeverity>;

const ZThreshold = z.number().min(0).max(4);
export const ZFlagThresholds = z
  .object({
    /** A theme score below this is weak, with high severity. */
    weakHigh: ZThreshold,
    /** A theme score below this (but not below weakHigh) is weak, asking attention. */
    weakAttention: ZThreshold,
    /** A drop of at least this much since the previous submitted quarter. */
    declineDrop: ZThreshold,
    /** This many drops in a row, however small. */
    declineStreak: ZInt.min(2).max(12),
    /** Theme 5 at least this much above the weakest of themes 1-4. */
    foundationGap: ZThreshold,
    /** Respondents of one partnership at least this far apart on a theme. */
    divergence: ZThreshold,
    /** More than this share of a theme's indicators answered "don't know". */
    lowCoverage: z.number().min(0).max(1),
  })
  .refine((t) => t.weakHigh <= t.weakAttention, {
    message: 'The high-severity threshold cannot lie above the attention threshold',
    path: ['weakHigh'],
  });
export type TFlagThresholds = z.infer<typeof ZFlagThresholds>;

export const DEFAULT_FLAG_THRESHOLDS: TFlagThresholds = {
  weakHigh: 2.0,
  weakAttention: 2.5,
  declineDrop: 0.5,
  declineStreak: 3,
  foundationGap: 1.0,
  divergence: 1.5,
  lowCoverage: 0.25,
};

/** The numbers behind a flag, kept with it so its reason can be told in any language later. */
export const ZFlagFacts = z.object({
  score: z.number().optional(),
  previous: z.number().optional(),
  drop: z.number().optional(),
  streak: z.number().int().optional(),
  weakestTheme: z.number().int().optional(),
  weakestScore: z.number().optional(),
  spread: z.number().optional(),
  dontKnowShare: z.number().optional(),
  dueOn: z.string().optional(),
});
export type TFlagFacts = z.infer<typeof ZFlagFacts>;

export type TRaisedFlag = { kind: TFlagKind; theme: TThemeNumber | null; severity: TFlagSeverity; facts: TFlagFacts };

/** One quarter's stored theme results, as the flag rules read them. */
export type TQuarterThemes = Partial<
  Record<TThemeNumber, { score: number | null; dontKnowShare: number | null; respondentSpread: number | null }>
>;

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The flags of one submitted quarter. `history` holds the earlier submitted quarters' scores, oldest
 * first; quarters without a submission are simply absent, so "previous" means the previous submitted one.
 */
export function evaluateFlags(
  quarter: TQuarterThemes,
  history: readonly TQuarterThemes[],
  thresholds: TFlagThresholds = DEFAULT_FLAG_THRESHOLDS,
): TRaisedFlag[] {
  const flags: TRaisedFlag[] = [];
  for (const theme of THEME_NUMBERS) {
    const now = quarter[theme];
    const score = now?.score ?? null;
    if (score !== null) {
      if (score < thresholds.weakAttention) {
        flags.push({
          kind: 'weak',
          theme,
          severity: score < thresholds.weakHigh ? 'high' : 'attention',
          facts: { score },
        });
      }
      const scores = [...history.map((h) => h[theme]?.score ?? null), score].filter((s): s is number => s !== null);
      const previous = scores.at(-2);
      if (previous !== undefined && round(previous - score) >= thresholds.declineDrop) {
        flags.push({
          kind: 'declining',
          theme,
          // A drop that leaves the theme functioning asks attention; a drop into weak ground is urgent.
          severity: score < thresholds.weakAttention ? 'high' : 'attention',
          facts: { score, previous, drop: round(previous - score) },
        });
      } else {
        let streak = 0;
        for (let i = scores.length - 1; i > 0 && (scores[i] ?? 0) < (scores[i - 1] ?? 0); i--) streak++;
        if (streak >= thresholds.declineStreak)
          flags.push({ kind: 'declining', theme, severity: 'attention', facts: { score, streak } });
      }
    }
    const spread = now?.respondentSpread ?? null;
    if (spread !== null && spread >= thresholds.divergence) {
      flags.push({ kind: 'divergence', theme, severity: 'attention', facts: { spread } });
    }
    const dontKnowShare = now?.dontKnowShare ?? null;
    if (dontKnowShare !== null && dontKnowShare > thresholds.lowCoverage) {
      flags.push({ kind: 'low_coverage', theme, severity: 'attention', facts: { dontKnowShare } });
    }
  }

  const top = quarter[CONTINUOUS_LINE_THEME]?.score ?? null;
  const foundation = THEME_NUMBERS.filter((t) => t !== CONTINUOUS_LINE_THEME)
    .map((t) => ({ theme: t, score: quarter[t]?.score ?? null }))
    .filter((f): f is { theme: TThemeNumber; score: number } => f.score !== null)
    .sort((a, b) => a.score - b.score)[0];
  if (top !== null && foundation && round(top - foundation.score) >= thresholds.foundationGap) {
    flags.push({
      kind: 'foundation_gap',
      theme: CONTINUOUS_LINE_THEME,
      severity: 'attention',
      facts: { score: top, weakestTheme: foundation.theme, weakestScore: foundation.score },
    });
  }
  return flags;
}

/** The flag for a quarter whose due date passed without a submitted assessment. */
export function overdueFlag(dueOn: string): TRaisedFlag {
  return { kind: 'overdue', theme: null, severity: 'high', facts: { dueOn } };
}

type TThemeNames = Record<TThemeNumber, { nl: string; en: string }>;
const fmt = (n: number | undefined, locale: 'nl' | 'en') => formatScore(n ?? 0, locale);
const pct = (n: number | undefined) => `${Math.round((n ?? 0) * 100)}%`;

/** The reason of a flag, as a person reads it, in Dutch and English. */
export function describeFlag(
  flag: Pick<TRaisedFlag, 'kind' | 'theme' | 'facts'>,
  themes: TThemeNames,
): { nl: string; en: string } {
  const name = flag.theme ? themes[flag.theme] : { nl: '', en: '' };
  const f = flag.facts;
  switch (flag.kind) {
    case 'weak':
      return {
        nl: `${name.nl} scoort ${fmt(f.score, 'nl')}: een goed moment om samen te kijken wat hier nodig is.`,
        en: `${name.en} scores ${fmt(f.score, 'en')}: a good moment to talk about what this theme needs.`,
      };
    case 'declining':
      return f.drop !== undefined
        ? {
            nl: `${name.nl} daalde ${fmt(f.drop, 'nl')} sinds het vorige kwartaal (van ${fmt(f.previous, 'nl')} naar ${fmt(f.score, 'nl')}).`,
            en: `${name.en} fell ${fmt(f.drop, 'en')} since the previous quarter (from ${fmt(f.previous, 'en')} to ${fmt(f.score, 'en')}).`,
          }
        : {
            nl: `${name.nl} daalt al ${f.streak} kwartalen op rij, nu ${fmt(f.score, 'nl')}.`,
            en: `${name.en} has fallen ${f.streak} quarters in a row, now ${fmt(f.score, 'en')}.`,
          };
    case 'foundation_gap': {
      const weakest = f.weakestTheme ? themes[f.weakestTheme as TThemeNumber] : { nl: '', en: '' };
      return {
        nl: `${name.nl} (${fmt(f.score, 'nl')}) staat ver boven ${weakest.nl} (${fmt(f.weakestScore, 'nl')}): draagt het fundament de doorgaande lijn?`,
        en: `${name.en} (${fmt(f.score, 'en')}) stands well above ${weakest.en} (${fmt(f.weakestScore, 'en')}): does the foundation carry the continuous line?`,
      };
    }
    case 'divergence':
      return {
        nl: `Respondenten verschillen ${fmt(f.spread, 'nl')} punt op ${name.nl}: wijzen alle partners dezelfde kant op?`,
        en: `Respondents differ ${fmt(f.spread, 'en')} points on ${name.en}: do all partners point the same way?`,
      };
    case 'low_coverage':
      return {
        nl: `Bij ${name.nl} is ${pct(f.dontKnowShare)} van de indicatoren met "weet niet" beantwoord.`,
        en: `${pct(f.dontKnowShare)} of the indicators of ${name.en} were answered "don't know".`,
      };
    case 'overdue':
      return {
        nl: `De zelfevaluatie van dit kwartaal is niet ingediend; de inleverdatum was ${f.dueOn ? formatCalendarDate(f.dueOn, 'nl') : ''}.`,
        en: `This quarter's self-assessment was not submitted; it was due on ${f.dueOn ? formatCalendarDate(f.dueOn, 'en') : ''}.`,
      };
  }
}
