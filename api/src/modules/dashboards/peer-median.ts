/**
 * The kept figures of one scenario, quarter and theme: how many partnerships scored it, and their sorted
 * scores at positions floor((n-2)/2) to ceil(n/2) (see the peer-figures migration).
 */
export type TPeerFigure = { partnershipCount: number; middleScores: readonly number[] };

/** Where the kept middle scores start among all n sorted scores. */
function firstKept(n: number): number {
  return Math.max(0, Math.floor((n - 2) / 2));
}

/**
 * The median of the group without the partnership that looks at it (`own`: its score, or null when it is
 * not in the group), and how many others that median stands on. Removing one score shifts the sorted
 * scores above it down by one place, so only the kept middle scores are needed.
 */
export function peerMedian(figure: TPeerFigure, own: number | null): { peers: number; median: number | null } {
  const n = figure.partnershipCount;
  const start = firstKept(n);
  const sorted = (i: number) => figure.middleScores[i - start] ?? Number.NaN;
  // The others' i-th score: with `own` taken out at its first place among equal scores.
  const other = own === null ? sorted : (i: number) => (sorted(i) < own ? sorted(i) : sorted(i + 1));
  const peers = own === null ? n : n - 1;
  if (peers <= 0) return { peers: 0, median: null };
  const middle = Math.floor((peers - 1) / 2);
  const median = peers % 2 === 1 ? other(middle) : (other(middle) + other(middle + 1)) / 2;
  return { peers, median };
}
