import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countBoardClashes,
  MAX_GROUP_SIZE,
  MIN_GROUP_SIZE,
  proposeGroups,
  type TGroupingSignUp,
  type TGroupingResult,
} from './grouping.ts';

const BOARDS = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];

/** A round: sign-ups of partnerships p0..p(k-1), each partnership with one to three of a few boards. */
const round = (minSignUps: number, maxSignUps: number) =>
  fc
    .record({
      partnerships: fc.array(fc.subarray(BOARDS, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 14 }),
      picks: fc.array(fc.nat(), { minLength: minSignUps, maxLength: maxSignUps }),
    })
    .map(({ partnerships, picks }) =>
      picks.map((pick, i): TGroupingSignUp => {
        const p = pick % partnerships.length;
        return { id: `s${i}`, partnershipId: `p${p}`, boardIds: partnerships[p] ?? [] };
      }),
    );

function groupsOf(result: TGroupingResult, signUps: readonly TGroupingSignUp[]): TGroupingSignUp[][] {
  if (!result.ok) throw new Error(`No proposal: ${result.reason}`);
  return result.groups.map((g) => signUps.filter((s) => g.includes(s.id)));
}

/** The hard rules every proposal keeps: everyone placed once, 5..8 per group, one sign-up per partnership. */
function expectValid(groups: TGroupingSignUp[][], signUps: readonly TGroupingSignUp[]) {
  expect(
    groups
      .flat()
      .map((s) => s.id)
      .sort(),
  ).toEqual(signUps.map((s) => s.id).sort());
  for (const group of groups) {
    expect(group.length).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
    expect(group.length).toBeLessThanOrEqual(MAX_GROUP_SIZE);
    expect(new Set(group.map((s) => s.partnershipId)).size).toBe(group.length);
  }
}

type TScore = { clashes: number; spread: number; count: number };
const scoreOf = (groups: TGroupingSignUp[][]): TScore => ({
  clashes: countBoardClashes(groups),
  spread: Math.max(...groups.map((g) => g.length)) - Math.min(...groups.map((g) => g.length)),
  count: groups.length,
});
const better = (a: TScore, b: TScore) => a.clashes - b.clashes || a.spread - b.spread || a.count - b.count;

/** Every split into groups of 5..8 without two of one partnership, by brute force: the best score, or null. */
function bestByExhaustion(signUps: readonly TGroupingSignUp[]): TScore | null {
  let best: TScore | null = null;
  const groups: TGroupingSignUp[][] = [];
  const visit = (i: number) => {
    if (i === signUps.length) {
      if (groups.every((g) => g.length >= MIN_GROUP_SIZE)) {
        const score = scoreOf(groups);
        if (!best || better(score, best) < 0) best = score;
      }
      return;
    }
    const s = signUps[i];
    if (!s) return;
    for (const group of groups) {
      if (group.length < MAX_GROUP_SIZE && !group.some((o) => o.partnershipId === s.partnershipId)) {
        group.push(s);
        visit(i + 1);
        group.pop();
      }
    }
    groups.push([s]);
    visit(i + 1);
    groups.pop();
  };
  visit(0);
  return best;
}

describe('proposing intervision groups', () => {
  it('says so when a round has fewer than five sign-ups', () => {
    fc.assert(
      fc.property(round(0, MIN_GROUP_SIZE - 1), (signUps) => {
        expect(proposeGroups(signUps)).toEqual({ ok: false, reason: 'too_few_sign_ups' });
      }),
    );
  });

  it('matches an exhaustive search on small rounds: board clashes only where no split avoids them', () => {
    fc.assert(
      fc.property(round(MIN_GROUP_SIZE, 12), (signUps) => {
        const result = proposeGroups(signUps);
        const exhaustive = bestByExhaustion(signUps);
        if (!exhaustive) {
          expect(result).toEqual({ ok: false, reason: 'too_many_of_one_partnership' });
          return;
        }
        const groups = groupsOf(result, signUps);
        expectValid(groups, signUps);
        expect(scoreOf(groups)).toEqual(exhaustive);
        expect(result.ok && result.boardClashes).toBe(exhaustive.clashes);
      }),
      { numRuns: 150 },
    );
  });

  it('finds a split without clashes in larger rounds whenever one exists', () => {
    // A round built from a hidden split whose groups share no board: the proposal must avoid clashes too.
    const planted = fc
      .array(fc.integer({ min: MIN_GROUP_SIZE, max: MAX_GROUP_SIZE }), { minLength: 1, maxLength: 6 })
      .chain((sizes) =>
        fc.shuffledSubarray(
          sizes.flatMap((size, g) =>
            Array.from({ length: size }, (_, i): TGroupingSignUp => ({
              id: `g${g}-${i}`,
              partnershipId: `p${g}-${i}`,
              // Within a hidden group no two share a board; across groups the i-th ones all do.
              boardIds: [`own-${g}-${i}`, `shared-${i}`],
            })),
          ),
          { minLength: sizes.reduce((a, b) => a + b, 0) },
        ),
      );
    fc.assert(
      fc.property(planted, (signUps) => {
        const groups = groupsOf(proposeGroups(signUps), signUps);
        expectValid(groups, signUps);
        expect(countBoardClashes(groups)).toBe(0);
      }),
      { numRuns: 60 },
    );
    // Sixty searches of up to 48 sign-ups take about 6 s on a quiet machine and more than the default 20 s on a
    // busy one (two test runs at once on two cores): this test checks what they find, not how fast.
  }, 120_000);

  it('groups twelve sign-ups of four boards into two groups of six without a board twice', () => {
    const signUps = Array.from({ length: 12 }, (_, i) => ({
      id: `s${i}`,
      partnershipId: `p${i}`,
      boardIds: [`board-${i % 4}`],
    }));
    const groups = groupsOf(proposeGroups(signUps), signUps);
    expectValid(groups, signUps);
    // Four boards, three partnerships each: two groups of six must clash at least twice per group.
    expect(groups.map((g) => g.length)).toEqual([6, 6]);
    expect(countBoardClashes(groups)).toBe(bestByExhaustion(signUps)?.clashes);
  });
});
