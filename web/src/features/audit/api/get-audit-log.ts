import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZAuditEntry } from '@koers/shared/people';
import { z } from 'zod';
import { apiGet } from '../../../lib/api-client.ts';

const ZAuditLog = z.object({ items: z.array(ZAuditEntry) });

export type TAuditFilters = { partnershipId?: string | undefined; personId?: string | undefined; limit: number };

export function auditLogQueryOptions(filters: TAuditFilters) {
  return queryOptions({
    queryKey: ['audit-log', filters],
    queryFn: async ({ signal }) => {
      const query = { partnershipId: filters.partnershipId, personId: filters.personId, limit: String(filters.limit) };
      return (await apiGet('/api/audit-log', ZAuditLog, { query, signal })).items;
    },
    // Every change anywhere adds to the log: always fetch afresh when the page opens.
    staleTime: 0,
  });
}

export function useAuditLog(filters: TAuditFilters) {
  return useQuery(auditLogQueryOptions(filters));
}
