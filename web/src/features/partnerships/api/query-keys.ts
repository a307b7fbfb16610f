import type { TPartnershipListQuery } from '@koers/shared/partnerships';
import { scopes } from '../../../lib/query-scopes.ts';

export const partnershipKeys = {
  lists: () => [...scopes.partnerships(), 'list'] as const,
  list: (filters: TPartnershipListQuery) => [...partnershipKeys.lists(), filters] as const,
  detail: (partnershipId: string) => [...scopes.partnership(partnershipId), 'detail'] as const,
};
