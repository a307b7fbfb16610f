import type { ColumnType, Generated } from 'kysely';
import type { TContactRequestStatus, TSizeBand } from '@koers/shared/network';
import type { TCreatedAt } from './columns.ts';

type TNetworkPortraitTable = {
  partnership_id: string;
  description: ColumnType<string, string | undefined, string>;
  size_band: TSizeBand;
  themes_now: ColumnType<number[], number[] | undefined, number[]>;
  themes_offered: ColumnType<number[], number[] | undefined, number[]>;
  contact_person_id: string | null;
  published_at: Date | null;
  updated_by: string;
  created_at: TCreatedAt;
  updated_at: Generated<Date>;
};

type TContactRequestTable = {
  id: Generated<string>;
  flag_id: string;
  asking_partnership_id: string;
  peer_partnership_id: string;
  theme_number: number;
  asked_by: string;
  message: string;
  status: Generated<TContactRequestStatus>;
  answered_by: string | null;
  reply: string | null;
  answered_at: Date | null;
  created_at: TCreatedAt;
};

/** The learning network: partnerships' published portraits and the contact requests between them. */
export type TNetworkTables = {
  network_portrait: TNetworkPortraitTable;
  contact_request: TContactRequestTable;
};
