import type { ColumnType, Generated, Selectable } from 'kysely';
import type { TPerspective } from '@koers/shared/assessments';
import type { TFlagFacts, TFlagKind, TFlagSeverity } from '@koers/shared/flags';
import type { TActionStatus, TNoticeKind, TSupportType } from '@koers/shared/follow-up';
import type { TOrganisationKind } from '@koers/shared/organisations';
import type { TScenario, TSector } from '@koers/shared/partnerships';
import type { TRole } from '@koers/shared/roles';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type OrganisationTable = {
  id: Generated<string>;
  name: string;
  kind: TOrganisationKind;
  parent_id: string | null;
  created_at: CreatedAt;
};

export type PartnershipTable = {
  id: Generated<string>;
  name: string;
  region: string;
  sector: TSector;
  scenario: TScenario;
  shares_with_board: Generated<boolean>;
  created_at: CreatedAt;
};

export type PartnershipMemberTable = {
  partnership_id: string;
  organisation_id: string;
};

export type InstrumentVersionTable = {
  id: Generated<string>;
  version: number;
  title_nl: string;
  title_en: string;
  status: Generated<'draft' | 'published' | 'retired'>;
  published_at: Date | null;
  created_at: CreatedAt;
};

export type ThemeTable = {
  id: Generated<string>;
  instrument_version_id: string;
  number: number;
  name_nl: string;
  name_en: string;
  question_nl: string;
  question_en: string;
};

export type IndicatorTable = {
  id: Generated<string>;
  theme_id: string;
  code: string;
  position: number;
  text_nl: string;
  text_en: string;
  continues_indicator_id: string | null;
};

export type PersonTable = {
  id: Generated<string>;
  email: string | null;
  display_name: string;
  password_hash: string | null;
  status: Generated<'invited' | 'active' | 'disabled' | 'erased'>;
  created_at: CreatedAt;
  erased_at: Date | null;
};

export type RoleAssignmentTable = {
  id: Generated<string>;
  person_id: string;
  role: TRole;
  partnership_id: string | null;
  organisation_id: string | null;
  created_at: CreatedAt;
};

export type SessionTable = {
  token_hash: string;
  person_id: string;
  created_at: CreatedAt;
  last_seen_at: Generated<Date>;
  expires_at: Date;
};

export type OneTimeLinkTable = {
  token_hash: string;
  person_id: string;
  purpose: 'invitation' | 'password_reset';
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
};

export type AttemptThrottleTable = {
  key: string;
  attempts: Generated<number>;
  window_ends_at: Generated<Date>;
  blocked_until: Date | null;
  refusals: Generated<number>;
};

export type AuditLogTable = {
  id: Generated<string>;
  occurred_at: CreatedAt;
  actor_person_id: string | null;
  action: string;
  partnership_id: string | null;
  subject_type: string;
  subject_id: string | null;
  request_id: string | null;
  details: ColumnType<unknown, string | undefined, never>;
};

export type PeriodTable = {
  id: Generated<string>;
  code: string;
  opens_on: ColumnType<string, string, string>;
  due_on: ColumnType<string, string, string>;
  created_at: CreatedAt;
};

export type AssessmentTable = {
  id: Generated<string>;
  partnership_id: string;
  period_id: string;
  instrument_version_id: string;
  status: Generated<'draft' | 'submitted'>;
  created_at: CreatedAt;
  submitted_at: Date | null;
};

export type ResponseTable = {
  id: Generated<string>;
  assessment_id: string;
  perspective: TPerspective;
  organisation_id: string | null;
  respondent_person_id: string | null;
  respondent_name: string;
  link_token_hash: string | null;
  imported: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
};

export type AnswerTable = {
  response_id: string;
  indicator_id: string;
  score: number | null;
  dont_know: boolean;
};

export type ThemeNoteTable = {
  response_id: string;
  theme_number: number;
  evidence: string;
  next_step: string;
  priority: boolean;
};

export type SubmissionTable = {
  id: Generated<string>;
  assessment_id: string;
  idempotency_key: string;
  submitted_by: string;
  submitted_at: Generated<Date>;
  reopened_by: string | null;
  reopened_at: Date | null;
  reopen_reason: string | null;
};

type Numeric = ColumnType<string | null, number | null, number | null>;

export type ThemeSummaryTable = {
  partnership_id: string;
  period_id: string;
  theme_number: number;
  assessment_id: string;
  instrument_version_id: string;
  score: Numeric;
  coverage: Numeric;
  dont_know_share: Numeric;
  perspective_scores: ColumnType<Record<string, number | null>, string, string>;
  perspective_spread: Numeric;
  respondent_spread: Numeric;
  respondent_count: number;
  computed_at: Generated<Date>;
};

/** Running sums of theme scores per quarter, theme and group of partnerships; triggers keep them. */
export type ThemeAverageTable = {
  period_id: string;
  theme_number: number;
  sector: TSector;
  scenario: TScenario;
  region: string;
  score_sum: string;
  score_count: number;
  partnership_count: number;
};

export type FlagTable = {
  id: Generated<string>;
  partnership_id: string;
  period_id: string;
  theme_number: number | null;
  kind: TFlagKind;
  severity: TFlagSeverity;
  facts: ColumnType<TFlagFacts, string, string>;
  raised_at: CreatedAt;
  status: Generated<'open' | 'acknowledged' | 'closed'>;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  closed_at: Date | null;
  closed_by: string | null;
  resolution: string | null;
};

/** One quarter's reading of a flag: a flag carried on over quarters has one per quarter. */
export type FlagReadingTable = {
  flag_id: string;
  period_id: string;
  severity: TFlagSeverity;
  facts: ColumnType<TFlagFacts, string, string>;
  recorded_at: CreatedAt;
};

export type FlagSettingsTable = {
  id: Generated<number>;
  thresholds: ColumnType<unknown, string, string>;
  updated_at: Generated<Date>;
  updated_by: string | null;
};

export type TimelineNoteTable = {
  id: Generated<string>;
  partnership_id: string;
  noted_on: ColumnType<string, string, string>;
  text: string;
  author_id: string;
  created_at: CreatedAt;
};

export type FlagEventTable = {
  id: Generated<string>;
  flag_id: string;
  occurred_at: Generated<Date>;
  actor_person_id: string | null;
  event: 'acknowledged' | 'action_linked' | 'closed';
  note: string | null;
};

export type ReviewTable = {
  id: Generated<string>;
  assessment_id: string;
  author_id: string;
  summary: string;
  question_behind: string;
  theme_remarks: ColumnType<{ theme: 1 | 2 | 3 | 4 | 5; remark: string }[], string, string>;
  response_text: string | null;
  responded_by: string | null;
  responded_at: Date | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
};

export type ActionTable = {
  id: Generated<string>;
  partnership_id: string;
  theme_number: number | null;
  description: string;
  owner_id: string;
  due_on: ColumnType<string, string, string>;
  support_type: TSupportType;
  status: Generated<TActionStatus>;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
};

export type ActionFlagTable = { action_id: string; flag_id: string };

export type ActionNoteTable = {
  id: Generated<string>;
  action_id: string;
  author_id: string;
  text: string;
  status_change: TActionStatus | null;
  created_at: CreatedAt;
};

export type NoticeTable = {
  id: Generated<string>;
  person_id: string;
  kind: TNoticeKind;
  partnership_id: string | null;
  subject_key: string;
  title_nl: string;
  title_en: string;
  link: string;
  created_at: CreatedAt;
  read_at: Date | null;
  emailed_at: Date | null;
};

export type NoticePreferenceTable = { person_id: string; kind: TNoticeKind; in_app: boolean; email: boolean };

/** The tables of Koers, as Kysely sees them. Migrations stay untyped (Kysely<any>) and frozen. */
export type Database = {
  organisation: OrganisationTable;
  partnership: PartnershipTable;
  partnership_member: PartnershipMemberTable;
  instrument_version: InstrumentVersionTable;
  theme: ThemeTable;
  indicator: IndicatorTable;
  person: PersonTable;
  role_assignment: RoleAssignmentTable;
  session: SessionTable;
  one_time_link: OneTimeLinkTable;
  attempt_throttle: AttemptThrottleTable;
  audit_log: AuditLogTable;
  period: PeriodTable;
  assessment: AssessmentTable;
  response: ResponseTable;
  answer: AnswerTable;
  theme_note: ThemeNoteTable;
  submission: SubmissionTable;
  theme_summary: ThemeSummaryTable;
  theme_average: ThemeAverageTable;
  flag: FlagTable;
  flag_reading: FlagReadingTable;
  flag_settings: FlagSettingsTable;
  timeline_note: TimelineNoteTable;
  flag_event: FlagEventTable;
  review: ReviewTable;
  action: ActionTable;
  action_flag: ActionFlagTable;
  action_note: ActionNoteTable;
  notice: NoticeTable;
  notice_preference: NoticePreferenceTable;
};

export type OrganisationRow = Selectable<OrganisationTable>;
export type PartnershipRow = Selectable<PartnershipTable>;
