import type { TAuditFilters } from './get-audit-log.ts';

export const auditKeys = {
  log: (filters: TAuditFilters) => ['audit-log', filters] as const,
};
