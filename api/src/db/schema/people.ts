import type { Generated } from 'kysely';
import type { TLanguage } from '@koers/shared/language';
import type { TRole } from '@koers/shared/roles';
import type { TCreatedAt } from './columns.ts';

type TPersonTable = {
  id: Generated<string>;
  email: string | null;
  display_name: string;
  password_hash: string | null;
  status: Generated<'invited' | 'active' | 'disabled' | 'erased'>;
  /** What Koers writes to them in: the interface language they last used. */
  language: Generated<TLanguage>;
  created_at: TCreatedAt;
  erased_at: Date | null;
};

type TRoleAssignmentTable = {
  id: Generated<string>;
  person_id: string;
  role: TRole;
  partnership_id: string | null;
  organisation_id: string | null;
  created_at: TCreatedAt;
};

type TSessionTable = {
  token_hash: string;
  person_id: string;
  created_at: TCreatedAt;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  sign_in_method: Generated<TSignInMethod>;
  second_factor_pending: Generated<boolean>;
  /** The OpenID Connect provider the session came through; null for other sign-ins. */
  sign_in_provider: Generated<string | null>;
};

/** How a session was signed in: admins who used a password need a second factor. */
export type TSignInMethod = 'password' | 'oidc' | 'passkey';

type TOneTimeLinkTable = {
  token_hash: string;
  person_id: string;
  purpose: 'invitation' | 'password_reset';
  created_at: TCreatedAt;
  expires_at: Date;
  used_at: Date | null;
};

type TAttemptThrottleTable = {
  key: string;
  attempts: Generated<number>;
  window_ends_at: Generated<Date>;
  blocked_until: Date | null;
  refusals: Generated<number>;
};

/** People, their roles, and what signing in keeps. */
export type TPeopleTables = {
  person: TPersonTable;
  role_assignment: TRoleAssignmentTable;
  session: TSessionTable;
  one_time_link: TOneTimeLinkTable;
  attempt_throttle: TAttemptThrottleTable;
};
