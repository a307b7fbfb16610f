import type { Generated } from 'kysely';
import type { TCreatedAt } from './columns.ts';

export type TEmailKind =
  | 'respondent_invitation'
  | 'respondent_reminder'
  | 'open_perspectives_reminder'
  | 'notice'
  | 'weekly_digest'
  | 'account_invitation';

type TEmailStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'bounced';

type TOutgoingEmailTable = {
  id: Generated<string>;
  kind: TEmailKind;
  person_id: string | null;
  response_id: string | null;
  recipient_email: string;
  locale: 'nl' | 'en';
  subject: string;
  text_body: string | null;
  html_body: string | null;
  status: Generated<TEmailStatus>;
  attempts: Generated<number>;
  last_error: string | null;
  smtp_message_id: string | null;
  created_at: TCreatedAt;
  last_attempt_at: Date | null;
  sent_at: Date | null;
  /** Failed or bounced, and set aside by an admin: kept on record, off the queue's page. */
  discarded_at: Date | null;
};

type TRespondentInvitationTable = {
  response_id: string;
  assessment_id: string;
  email: string;
  locale: 'nl' | 'en';
  invited_at: TCreatedAt;
  opened_at: Date | null;
  completed_at: Date | null;
  withdrawn_at: Date | null;
  /** Readable on purpose: every reminder carries it, and all it can do is stop reminders. */
  opt_out_token: Generated<string>;
  reminders_opted_out_at: Date | null;
};

/** Email on its way out: one row per message, sent by a job on the queue (graphile-worker's own schema). */
export type TQueueTables = {
  outgoing_email: TOutgoingEmailTable;
  /** A respondent invited by email, beside their response. */
  respondent_invitation: TRespondentInvitationTable;
};
