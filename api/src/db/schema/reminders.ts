import type { TCreatedAt } from './columns.ts';

/** A reminder that went out: one row per respondent (or assessment) and moment, so none goes twice. */
export type TReminderTables = {
  respondent_reminder: { response_id: string; days_before: number; sent_at: TCreatedAt };
  /** The programme manager's reminder about perspectives nobody answered yet. */
  open_perspectives_reminder: { assessment_id: string; days_before: number; sent_at: TCreatedAt };
};
