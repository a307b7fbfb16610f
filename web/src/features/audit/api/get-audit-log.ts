import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TAuditEntry } from '@koers/shared/people';
import { apiGet, type TItemList } from '../../../lib/api-client.ts';
import { auditKeys } from './query-keys.ts';

export type TAuditFilters = { partnershipId?: string | undefined; personId?: string | undefined; limit: number };

function auditLogQueryOptions(filters: TAuditFilters) {
  return queryOptions({
    queryKey: auditKeys.log(filters),
    queryFn: async ({ signal }) => {
      const query = { partnershipId: filters.partnershipId, personId: filters.personId, limit: String(filters.limit) };
      return (await apiGet<TItemList<TAuditEntry>>('/api/audit-log', { query, signal })).items;
    },
    // Every change anywhere adds to the log: always fetch afresh when the page opens.
    staleTime: 0,
  });
}

export function useAuditLog(filters: TAuditFilters) {
  return useQuery(auditLogQueryOptions(filters));
}
