import { scopes } from '../../../lib/query-scopes.ts';

export const followUpKeys = {
  /** Flag pages and reviews; queue, actions and people live under their shared roots. */
  all: () => ['follow-up'] as const,
  flag: (flagId: string) => [...followUpKeys.all(), 'flag', flagId] as const,
  review: (assessmentId: string) => [...followUpKeys.all(), 'review', assessmentId] as const,
  queue: (page: number) => [...scopes.reviewQueue(), page] as const,
  actions: (partnershipId: string) => [...scopes.partnership(partnershipId), 'actions'] as const,
  people: (partnershipId: string) => [...scopes.partnership(partnershipId), 'people'] as const,
};
