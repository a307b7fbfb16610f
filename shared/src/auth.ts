import { z } from 'zod';
import { ZText } from './input.ts';
import { ZRoleAssignment } from './roles.ts';

// The API reads the header's name from here; the web app from csrf.ts, which does not load zod.
export { CSRF_HEADER } from './csrf.ts';

/** Passwords: at least 8 characters, and long passphrases welcome (bcrypt-style 72-byte caps do not apply). */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;
export const ZNewPassword = ZText.min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const ZEmail = ZText.trim().toLowerCase().pipe(z.email().max(254));

export const ZLoginBody = z.object({
  email: ZEmail,
  password: ZText.min(1).max(PASSWORD_MAX_LENGTH),
});
export type TLoginBody = z.infer<typeof ZLoginBody>;

/** What a person may reach, per role (the rules that read it are in policy.ts). */
export const ZAccess = z.object({
  isAdmin: z.boolean(),
  /** Partnership ids, per role. Board members reach partnerships through their organisation. */
  programmeManagerOf: z.array(z.uuid()),
  criticalFriendOf: z.array(z.uuid()),
  boardMemberOf: z.array(z.uuid()),
});

/** The signed-in person as the web app needs them: who, and which roles where. */
export const ZCurrentUser = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  roles: z.array(ZRoleAssignment),
  access: ZAccess,
  /**
   * An admin who signed in with a password and has no second factor yet: `access` leaves out what being
   * admin opens until they enrol one.
   */
  secondFactorRequired: z.boolean(),
});
export type TCurrentUser = z.infer<typeof ZCurrentUser>;

export const ZSessionInfo = z.object({
  user: ZCurrentUser.nullable(),
  /** Send back as the x-csrf-token header on every POST, PUT, PATCH and DELETE; bound to the session. */
  csrfToken: z.string(),
});
export type TSessionInfo = z.infer<typeof ZSessionInfo>;

/** Sign-in opens a new session, whose CSRF token replaces the one the page held before. */
export const ZSignedIn = z.object({ user: ZCurrentUser, csrfToken: z.string() });
export type TSignedIn = z.infer<typeof ZSignedIn>;

export const ZPasswordResetRequest = z.object({ email: ZEmail });

export const ZOneTimeLinkParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

export const ZOneTimeLinkInfo = z.object({
  purpose: z.enum(['invitation', 'password_reset']),
  displayName: z.string(),
});
export type TOneTimeLinkInfo = z.infer<typeof ZOneTimeLinkInfo>;

export const ZOneTimeLinkUse = z.object({ password: ZNewPassword });

export const ZDemoAccount = z.object({ email: z.string(), role: z.string(), description: z.string() });

/** Public facts the login page needs before anyone signs in. */
export const ZAppMeta = z.object({
  /** Listed only while demo data is switched on; all share DEMO_PASSWORD. */
  demoAccounts: z.array(ZDemoAccount),
  demoPassword: z.string().nullable(),
});
export type TAppMeta = z.infer<typeof ZAppMeta>;
