import type { ColumnType, Generated } from 'kysely';
import type { TCreatedAt } from './columns.ts';

type TAuditLogTable = {
  id: Generated<string>;
  occurred_at: TCreatedAt;
  actor_person_id: string | null;
  action: string;
  partnership_id: string | null;
  subject_type: string;
  subject_id: string | null;
  request_id: string | null;
  details: ColumnType<unknown, string | undefined, never>;
};

/** The audit log: one row per write. */
export type TAuditTables = {
  audit_log: TAuditLogTable;
};
