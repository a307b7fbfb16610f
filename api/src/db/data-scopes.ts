import type { TScenario } from '@koers/shared/partnerships';
import type { TAccessScope } from '../modules/auth/access-scope.ts';

// The scopes whose versions `data_version` keeps; triggers (migration 2026-12-06T1310-data-versions)
// move them at the commit of a change. A cached answer is valid while the scopes it depends on stay put.

/** Questionnaire, periods, organisations and people's names: rare changes that many answers show. */
export const CATALOGUE_SCOPE = 'catalogue';

/** A partnership's own rows: itself, its members, assessments, summaries, flags, reviews, actions, notes. */
export const partnershipScope = (partnershipId: string): string => `partnership:${partnershipId}`;

/** The kept peer figures of one scenario in one quarter. */
export const peerScope = (scenario: TScenario, periodId: string): string => `peers:${scenario}:${periodId}`;

/**
 * The partnerships an access scope reaches: each one's scope, or for all of them the one that any moves
 * (which the national sums in theme_average follow too: they change only with summaries and partnerships).
 */
export function partnershipScopes(scope: TAccessScope): string[] {
  return scope.kind === 'all' ? ['partnerships'] : scope.ids.map(partnershipScope);
}

/**
 * How a computation tells the read cache that its answer depends on a scope the route could not name
 * before (which peers a dashboard compares with follows from its own data), with the version read
 * together with that data.
 */
export type TNameScope = (scope: string, version: string) => void;
