import type { ColumnType, Generated } from 'kysely';
import type { TFlagFacts, TFlagKind, TFlagSeverity } from '@koers/shared/flags';
import type { TActionStatus, TSupportType } from '@koers/shared/follow-up';
import type { TCreatedAt } from './columns.ts';

type TFlagTable = {
  id: Generated<string>;
  partnership_id: string;
  period_id: string;
  theme_number: number | null;
  kind: TFlagKind;
  severity: TFlagSeverity;
  facts: ColumnType<TFlagFacts, string, string>;
  raised_at: TCreatedAt;
  status: Generated<'open' | 'acknowledged' | 'closed'>;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  closed_at: Date | null;
  closed_by: string | null;
  resolution: string | null;
};

/** One quarter's reading of a flag: a flag carried on over quarters has one per quarter. */
type TFlagReadingTable = {
  flag_id: string;
  period_id: string;
  severity: TFlagSeverity;
  facts: ColumnType<TFlagFacts, string, string>;
  recorded_at: TCreatedAt;
};

type TFlagSettingsTable = {
  id: Generated<number>;
  thresholds: ColumnType<unknown, string, string>;
  updated_at: Generated<Date>;
  updated_by: string | null;
};

type TTimelineNoteTable = {
  id: Generated<string>;
  partnership_id: string;
  noted_on: ColumnType<string, string, string>;
  text: string;
  author_id: string;
  created_at: TCreatedAt;
};

type TFlagEventTable = {
  id: Generated<string>;
  flag_id: string;
  occurred_at: Generated<Date>;
  actor_person_id: string | null;
  event: 'acknowledged' | 'action_linked' | 'closed';
  note: string | null;
};

type TReviewTable = {
  id: Generated<string>;
  assessment_id: string;
  author_id: string;
  summary: string;
  question_behind: string;
  theme_remarks: ColumnType<{ theme: 1 | 2 | 3 | 4 | 5; remark: string }[], string, string>;
  response_text: string | null;
  responded_by: string | null;
  responded_at: Date | null;
  created_at: TCreatedAt;
  updated_at: Generated<Date>;
};

type TActionTable = {
  id: Generated<string>;
  partnership_id: string;
  theme_number: number | null;
  description: string;
  owner_id: string;
  due_on: ColumnType<string, string, string>;
  support_type: TSupportType;
  status: Generated<TActionStatus>;
  created_by: string;
  created_at: TCreatedAt;
  updated_at: Generated<Date>;
};

type TActionFlagTable = { action_id: string; flag_id: string };

type TActionNoteTable = {
  id: Generated<string>;
  action_id: string;
  author_id: string;
  text: string;
  status_change: TActionStatus | null;
  created_at: TCreatedAt;
};

/** Follow-up: flags and their history, timeline notes, reviews and actions. */
export type TFollowUpTables = {
  flag: TFlagTable;
  flag_reading: TFlagReadingTable;
  flag_settings: TFlagSettingsTable;
  timeline_note: TTimelineNoteTable;
  flag_event: TFlagEventTable;
  review: TReviewTable;
  action: TActionTable;
  action_flag: TActionFlagTable;
  action_note: TActionNoteTable;
};
