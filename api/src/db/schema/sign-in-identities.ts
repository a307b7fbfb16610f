import type { Generated } from 'kysely';
import type { TCreatedAt } from './columns.ts';

type TSignInIdentityTable = {
  provider: string;
  subject: string;
  person_id: string;
  created_at: TCreatedAt;
  /** Empty while an admin's configured subject awaits its first sign-in. */
  last_used_at: Generated<Date | null>;
};

type TOidcSignInAttemptTable = {
  state_hash: string;
  provider: string;
  nonce: string;
  code_verifier: string;
  expires_at: Date;
};

type TSsoRequiredDomainTable = {
  domain: string;
  organisation_id: string;
  provider: string;
  created_at: TCreatedAt;
};

/** Signing in with an institution's account: bound identities, sign-ins under way, domains that require it. */
export type TSignInIdentityTables = {
  sign_in_identity: TSignInIdentityTable;
  oidc_sign_in_attempt: TOidcSignInAttemptTable;
  sso_required_domain: TSsoRequiredDomainTable;
};
