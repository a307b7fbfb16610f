import type { ColumnType, Generated } from 'kysely';
import type { TCreatedAt } from './columns.ts';

type TPasskeyTable = {
  id: Generated<string>;
  person_id: string;
  credential_id: string;
  public_key: Uint8Array;
  /** bigint: pg reads it as a string. */
  counter: ColumnType<string, number, number>;
  transports: Generated<string[]>;
  device_type: 'singleDevice' | 'multiDevice';
  backed_up: boolean;
  name: string;
  created_at: TCreatedAt;
  last_used_at: Date | null;
};

type TPasskeyChallengeTable = {
  challenge: string;
  purpose: 'registration' | 'authentication';
  person_id: string | null;
  expires_at: Date;
};

/** Passkeys people sign in with, and the challenges of ceremonies in progress. */
export type TPasskeyTables = {
  passkey: TPasskeyTable;
  passkey_challenge: TPasskeyChallengeTable;
};
