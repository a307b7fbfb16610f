/**
 * The roots of query keys that more than one feature shows or changes. Each feature builds its keys
 * under these roots, so a change made in one feature refreshes what another shows by invalidating a
 * root, without one feature importing another.
 */
export const scopes = {
  /** Everything about partnerships: the lists, and every partnership below. */
  partnerships: () => ['partnerships'] as const,
  /** All that reads one partnership: its details, dashboards, flags, assessments, actions and people. */
  partnership: (partnershipId: string) => ['partnerships', 'one', partnershipId] as const,
  /** The board's comparison of partnerships, every quarter, filter and page of it. */
  boardOverview: () => ['board-overview'] as const,
  /** The critical friend's queue of open flags, every page of it. */
  reviewQueue: () => ['review-queue'] as const,
  people: () => ['people'] as const,
  organisations: () => ['organisations'] as const,
  /** The questionnaire: the version in use and every version kept. */
  instrument: () => ['instrument'] as const,
};
