import type { ColumnType, Generated } from 'kysely';
import type { TCreatedAt } from './columns.ts';

type TTotpFactorTable = {
  person_id: string;
  secret: string;
  confirmed_at: Date | null;
  /** bigint: pg reads it as a string. */
  last_used_step: ColumnType<string | null, number | null, number | null>;
  created_at: TCreatedAt;
};

type TRecoveryCodeTable = {
  id: Generated<string>;
  person_id: string;
  code_hash: string;
  used_at: Date | null;
};

/** A second factor for password sign-in: one TOTP secret per person, and their recovery codes. */
export type TSecondFactorTables = {
  totp_factor: TTotpFactorTable;
  recovery_code: TRecoveryCodeTable;
};
