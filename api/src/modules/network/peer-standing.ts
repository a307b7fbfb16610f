import type { TFlagThresholds } from '@koers/shared/flags';

/** How many of a partnership's most recent submitted quarters must show it steady on a theme. */
const STEADY_QUARTERS = 3;

/**
 * Whether a partnership has been stable or strong on a theme, in the flag rules' own terms: its last
 * three submitted quarters all scored at or above the "weak, attention" threshold (so none would raise a
 * weak flag), and none of them dropped by the "declining" threshold or more from the quarter before it.
 * Fewer than three submitted quarters is too short a history to call steady. Scores come newest first;
 * a quarter without a score (every indicator "don't know") is no evidence of being steady.
 */
export function isSteadyOnTheme(scoresNewestFirst: readonly (number | null)[], thresholds: TFlagThresholds): boolean {
  if (scoresNewestFirst.length < STEADY_QUARTERS) return false;
  const recent = scoresNewestFirst.slice(0, STEADY_QUARTERS);
  if (recent.some((score) => score === null || score < thresholds.weakAttention)) return false;
  const scores = recent as number[];
  return scores.every(
    (score, i) => i === scores.length - 1 || (scores[i + 1] as number) - score < thresholds.declineDrop,
  );
}
