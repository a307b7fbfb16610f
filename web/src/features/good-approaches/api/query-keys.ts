import type { TGoodApproachQuery } from '@koers/shared/good-approaches';

export type TApproachListQuery = Partial<Omit<TGoodApproachQuery, 'page' | 'pageSize'>> & { page: number };

export const goodApproachKeys = {
  /** Every list, approach and flag suggestion: a write or decision refreshes them all. */
  all: () => ['good-approaches'] as const,
  list: (query: TApproachListQuery) => [...goodApproachKeys.all(), 'list', query] as const,
  approach: (id: string) => [...goodApproachKeys.all(), 'one', id] as const,
  forFlag: (flagId: string) => [...goodApproachKeys.all(), 'flag', flagId] as const,
};
