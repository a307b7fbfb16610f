import type { ColumnType, Generated } from 'kysely';
import type { TCreatedAt } from './columns.ts';

type TIntervisionRoundTable = {
  id: Generated<string>;
  theme_number: number;
  title: string;
  invitation: Generated<string>;
  sign_up_deadline: ColumnType<string, string, string>;
  facilitator_id: string;
  status: Generated<'open' | 'confirmed'>;
  created_at: TCreatedAt;
  confirmed_at: Date | null;
};

type TIntervisionGroupTable = {
  id: Generated<string>;
  round_id: string;
  number: number;
  chosen_sign_up_id: string | null;
};

type TIntervisionSignUpTable = {
  id: Generated<string>;
  round_id: string;
  person_id: string;
  partnership_id: string;
  dilemma: string;
  case_text: string | null;
  group_id: string | null;
  created_at: TCreatedAt;
  updated_at: Generated<Date>;
};

type TIntervisionSessionTable = {
  id: Generated<string>;
  group_id: string;
  starts_at: Date;
  ends_at: Date;
  place: Generated<string>;
  created_at: TCreatedAt;
};

/** Intervision rounds, their sign-ups and groups, the groups' sessions, and actions made of take-aways. */
export type TIntervisionTables = {
  intervision_round: TIntervisionRoundTable;
  intervision_group: TIntervisionGroupTable;
  intervision_sign_up: TIntervisionSignUpTable;
  intervision_session: TIntervisionSessionTable;
  intervision_take_away: { action_id: string; group_id: string };
};
