import { describe, expect, it } from 'vitest';
import { peerMedian } from './peer-median.ts';

/** What the migration keeps of n sorted scores: positions floor((n-2)/2) to ceil(n/2). */
function kept(scores: readonly number[]) {
  const sorted = [...scores].sort((a, b) => a - b);
  const n = sorted.length;
  return {
    partnershipCount: n,
    middleScores: sorted.slice(Math.max(0, Math.floor((n - 2) / 2)), Math.min(n - 1, Math.ceil(n / 2)) + 1),
  };
}

function medianOf(scores: readonly number[]): number | null {
  const sorted = [...scores].sort((a, b) => a - b);
  const middle = Math.floor((sorted.length - 1) / 2);
  if (sorted.length === 0) return null;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle] ?? 0) + (sorted[middle + 1] ?? 0)) / 2;
}

describe('the median of the others from the kept middle scores', () => {
  it('equals the median of all scores but one, for every group size and every member, ties among them', () => {
    // Scores on the scale's steps, so that ties are common.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 1; n <= 12; n++) {
      for (let round = 0; round < 20; round++) {
        const scores = Array.from({ length: n }, () => 1 + Math.round(next() * 12) / 4);
        const figure = kept(scores);
        expect(peerMedian(figure, null)).toEqual({ peers: n, median: medianOf(scores) });
        for (const [i, own] of scores.entries()) {
          const others = scores.filter((_, j) => j !== i);
          expect(peerMedian(figure, own)).toEqual({ peers: n - 1, median: medianOf(others) });
        }
      }
    }
  });
});
