import type { ColumnType, Generated } from 'kysely';
import type { TPerspective } from '@koers/shared/assessments';
import type { TScenario, TSector } from '@koers/shared/partnerships';
import type { TCreatedAt, TNumeric } from './columns.ts';

type TPeriodTable = {
  id: Generated<string>;
  code: string;
  opens_on: ColumnType<string, string, string>;
  due_on: ColumnType<string, string, string>;
  /** Days before the due date on which respondents who have not submitted are reminded. */
  reminder_days: ColumnType<number[], number[] | undefined, number[]>;
  created_at: TCreatedAt;
};

type TAssessmentTable = {
  id: Generated<string>;
  partnership_id: string;
  period_id: string;
  instrument_version_id: string;
  status: Generated<'draft' | 'submitted'>;
  created_at: TCreatedAt;
  submitted_at: Date | null;
};

type TResponseTable = {
  id: Generated<string>;
  assessment_id: string;
  perspective: TPerspective;
  organisation_id: string | null;
  respondent_person_id: string | null;
  respondent_name: string;
  link_token_hash: string | null;
  imported: Generated<boolean>;
  version: Generated<number>;
  created_at: TCreatedAt;
  updated_at: Generated<Date>;
};

type TAnswerTable = {
  response_id: string;
  indicator_id: string;
  score: number | null;
  dont_know: boolean;
};

type TThemeNoteTable = {
  response_id: string;
  theme_number: number;
  evidence: string;
  next_step: string;
  priority: boolean;
};

type TSubmissionTable = {
  id: Generated<string>;
  assessment_id: string;
  idempotency_key: string;
  submitted_by: string;
  submitted_at: Generated<Date>;
  reopened_by: string | null;
  reopened_at: Date | null;
  reopen_reason: string | null;
};

type TThemeSummaryTable = {
  partnership_id: string;
  period_id: string;
  theme_number: number;
  assessment_id: string;
  instrument_version_id: string;
  score: TNumeric;
  coverage: TNumeric;
  dont_know_share: TNumeric;
  perspective_scores: ColumnType<Record<string, number | null>, string, string>;
  perspective_spread: TNumeric;
  respondent_spread: TNumeric;
  respondent_count: number;
  computed_at: Generated<Date>;
};

/** Running sums of theme scores per quarter, theme and group of partnerships; triggers keep them. */
type TThemeAverageTable = {
  period_id: string;
  theme_number: number;
  sector: TSector;
  scenario: TScenario;
  region: string;
  score_sum: string;
  score_count: number;
  partnership_count: number;
};

/** The same sums per board member, over the partnerships their school boards take part in. */
type TBoardThemeAverageTable = TThemeAverageTable & { person_id: string };

/** The scores of a scenario's partnerships in a quarter, per theme: how many, and the sorted ones around the middle. */
type TPeerFigureTable = {
  scenario: TScenario;
  period_id: string;
  theme_number: number;
  partnership_count: number;
  middle_scores: string[];
};

/** How many partnerships of a scenario have each score in a quarter's theme: what peer_figure is read from. */
type TPeerScoreTable = {
  scenario: TScenario;
  period_id: string;
  theme_number: number;
  score: string;
  partnership_count: number;
};

/** Quarters, the assessments filled in for them, and the theme figures computed from them. */
export type TAssessmentTables = {
  period: TPeriodTable;
  assessment: TAssessmentTable;
  response: TResponseTable;
  answer: TAnswerTable;
  theme_note: TThemeNoteTable;
  submission: TSubmissionTable;
  theme_summary: TThemeSummaryTable;
  theme_average: TThemeAverageTable;
  board_theme_average: TBoardThemeAverageTable;
  peer_figure: TPeerFigureTable;
  peer_score: TPeerScoreTable;
};
