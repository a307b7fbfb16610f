import type { ColumnType, Generated } from 'kysely';
import type { TNoticeKind } from '@koers/shared/follow-up';
import type { TCreatedAt } from './columns.ts';

type TNoticeTable = {
  id: Generated<string>;
  person_id: string;
  kind: TNoticeKind;
  partnership_id: string | null;
  subject_key: string;
  title_nl: string;
  title_en: string;
  link: string;
  created_at: TCreatedAt;
  read_at: Date | null;
  emailed_at: Date | null;
};

type TNoticePreferenceTable = { person_id: string; kind: TNoticeKind; in_app: boolean; email: boolean };

/** Notices to people, and how each wants to receive them. */
export type TNoticeTables = {
  notice: TNoticeTable;
  notice_preference: TNoticePreferenceTable;
  /** A row: this person takes their notices by email once a week, in a digest, not one by one. */
  notice_digest_choice: { person_id: string; chosen_at: TCreatedAt };
  /** A weekly digest that went out (or had nothing to say): one row per person and week, so none goes twice. */
  weekly_digest: { person_id: string; week_of: ColumnType<string, string, string>; sent_at: TCreatedAt };
};
