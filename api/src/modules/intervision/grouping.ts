/**
 * Proposing intervision groups: a pure function, no database.
 *
 * Coordinators speak more freely with peers from other partnerships than with colleagues of their own
 * board, so a proposal
 * 1. never puts two sign-ups of one partnership in a group (a hard rule: without a split that keeps it,
 *    there is no proposal),
 * 2. holds as few "board clashes" as any split can: a clash is a pair of sign-ups in one group whose
 *    partnerships share a school board,
 * 3. and, among splits with that fewest number of clashes, has group sizes as even as possible and then
 *    the fewest groups (closest to the "about seven" the field works with).
 * Every group holds MIN_GROUP_SIZE..MAX_GROUP_SIZE people.
 *
 * How: the group sizes that are possible at all are few (g groups with 5g <= n <= 8g), so each size
 * profile is tried in order of preference, with an exact branch-and-bound search per profile: sign-ups
 * are placed most-constrained first (most board neighbours), never into a group holding their
 * partnership, groups of equal size are interchangeable (a sign-up opens only the first empty one), and
 * a branch stops when the clashes it already has plus the fewest each remaining sign-up must add reach
 * the best split found. A round has tens of sign-ups, where this is quick whenever a split without
 * clashes exists; when clashes are unavoidable, a large round's search stops after SEARCH_BUDGET steps
 * per profile with the best split found so far (exact for rounds of up to about twenty).
 */
export const MIN_GROUP_SIZE = 5;
export const MAX_GROUP_SIZE = 8;
const SEARCH_BUDGET = 200_000;

export type TGroupingSignUp = { id: string; partnershipId: string; boardIds: readonly string[] };

export type TGroupingResult =
  | { ok: true; groups: string[][]; boardClashes: number }
  | { ok: false; reason: 'too_few_sign_ups' | 'too_many_of_one_partnership' };

/** Pairs of sign-ups in one group whose partnerships share a school board. */
export function countBoardClashes(groups: readonly (readonly TGroupingSignUp[])[]): number {
  let clashes = 0;
  for (const group of groups) {
    group.forEach((a, i) => {
      for (const b of group.slice(i + 1)) if (sharesBoard(a, b)) clashes++;
    });
  }
  return clashes;
}

function sharesBoard(a: TGroupingSignUp, b: TGroupingSignUp): boolean {
  return a.partnershipId !== b.partnershipId && a.boardIds.some((board) => b.boardIds.includes(board));
}

const spreadOf = (sizes: readonly number[]) => Math.max(...sizes) - Math.min(...sizes);

/** Every multiset of group sizes summing to n, most preferred first: even sizes, then fewer groups. */
function sizeProfiles(n: number): number[][] {
  const profiles: number[][] = [];
  const build = (left: number, max: number, sizes: number[]) => {
    if (left === 0) profiles.push(sizes);
    for (let size = Math.min(max, left); size >= MIN_GROUP_SIZE; size--) build(left - size, size, [...sizes, size]);
  };
  build(n, MAX_GROUP_SIZE, []);
  return profiles.sort((a, b) => spreadOf(a) - spreadOf(b) || a.length - b.length);
}

type TPerson = { signUp: TGroupingSignUp; clashesWith: Set<TPerson>; sharesPartnershipWith: Set<TPerson> };
type TSplit = { clashes: number; groups: TPerson[][] };

export function proposeGroups(signUps: readonly TGroupingSignUp[]): TGroupingResult {
  if (signUps.length < MIN_GROUP_SIZE) return { ok: false, reason: 'too_few_sign_ups' };
  const people: TPerson[] = signUps.map((signUp) => ({
    signUp,
    clashesWith: new Set(),
    sharesPartnershipWith: new Set(),
  }));
  for (const a of people) {
    for (const b of people) {
      if (a === b) continue;
      if (sharesBoard(a.signUp, b.signUp)) a.clashesWith.add(b);
      if (a.signUp.partnershipId === b.signUp.partnershipId) a.sharesPartnershipWith.add(b);
    }
  }
  const constraints = (p: TPerson) => p.clashesWith.size + p.sharesPartnershipWith.size;
  const order = [...people].sort((a, b) => constraints(b) - constraints(a));

  let best: TSplit | null = null;
  for (const profile of sizeProfiles(signUps.length)) {
    const found = searchProfile(profile, order, best?.clashes ?? Infinity);
    if (found && (!best || found.clashes < best.clashes)) best = found;
    if (best?.clashes === 0) break;
  }
  if (!best) return { ok: false, reason: 'too_many_of_one_partnership' };
  return {
    ok: true,
    groups: best.groups.map((group) => group.map((p) => p.signUp.id)),
    boardClashes: best.clashes,
  };
}

/** The split with fewer clashes than `bound` for these exact group sizes, or null. */
function searchProfile(sizes: readonly number[], order: readonly TPerson[], bound: number): TSplit | null {
  const groups = sizes.map((size) => ({ size, members: [] as TPerson[] }));
  type TGroup = (typeof groups)[number];
  let best: TSplit | null = null;
  let limit = bound;
  let steps = 0;

  const added = (person: TPerson, group: TGroup) => group.members.filter((o) => person.clashesWith.has(o)).length;
  const fits = (person: TPerson, group: TGroup) =>
    group.members.length < group.size && !group.members.some((o) => person.sharesPartnershipWith.has(o));
  /** The fewest clashes the people still to place must add: each joins some group they fit. */
  const stillToAdd = (rest: readonly TPerson[]) => {
    let sum = 0;
    for (const person of rest) {
      const costs = groups.filter((g) => fits(person, g)).map((g) => added(person, g));
      if (costs.length === 0) return Infinity;
      sum += Math.min(...costs);
    }
    return sum;
  };
  /** Of interchangeable empty groups (same size) only the first is tried. */
  const firstOfItsKind = (group: TGroup, index: number) =>
    group.members.length > 0 ||
    !groups.some((other, h) => h < index && other.members.length === 0 && other.size === group.size);

  const place = (rest: readonly TPerson[], clashes: number): void => {
    if (++steps > SEARCH_BUDGET && best) return;
    const [person, ...later] = rest;
    if (!person) {
      best = { clashes, groups: groups.map((g) => [...g.members]) };
      limit = clashes;
      return;
    }
    if (clashes + stillToAdd(rest) >= limit) return;
    const candidates = groups
      .filter((group, index) => fits(person, group) && firstOfItsKind(group, index))
      .map((group) => ({ group, cost: added(person, group) }))
      .sort((a, b) => a.cost - b.cost);
    for (const { group, cost } of candidates) {
      if (limit === 0) return;
      group.members.push(person);
      place(later, clashes + cost);
      group.members.pop();
    }
  };
  place(order, 0);
  return best;
}
