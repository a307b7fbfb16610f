import type { Generated } from 'kysely';
import type { TCreatedAt } from './columns.ts';

type TApiTokenTable = {
  id: Generated<string>;
  person_id: string;
  name: string;
  token_hash: string;
  created_at: TCreatedAt;
  expires_at: Date;
  last_used_at: Date | null;
};

/** Read-only tokens for integrations, each reading as the person who made it. */
export type TApiTokenTables = {
  api_token: TApiTokenTable;
};
