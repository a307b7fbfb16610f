import { z } from 'zod';
import { ZText } from './input.ts';

/** Recovery codes handed out at a time; each works once. */
export const RECOVERY_CODE_COUNT = 10;

/** The password was right; the code from the person's authenticator app (or a recovery code) comes next. */
export const ZSecondStepNeeded = z.object({ secondStep: z.literal('totp') });
export type TSecondStepNeeded = z.infer<typeof ZSecondStepNeeded>;

/**
 * Six digits from the authenticator app, or a recovery code (`xxxx-xxxx-xxxx-xxxx`); spaces and dashes as
 * people type them are allowed.
 */
export const ZSecondFactorCode = z.object({
  code: ZText.trim()
    .min(6)
    .max(40)
    .regex(/^[0-9A-Za-z -]+$/),
});
export type TSecondFactorCode = z.infer<typeof ZSecondFactorCode>;

export const ZSecondFactorStatus = z.object({
  /** A confirmed authenticator app: password sign-in asks for its code. */
  enrolled: z.boolean(),
  recoveryCodesLeft: z.number().int(),
  /** An admin who signed in with a password and has no second factor yet: admin work waits for it. */
  required: z.boolean(),
});
export type TSecondFactorStatus = z.infer<typeof ZSecondFactorStatus>;

/** What the person needs to add Koers to an authenticator app; the secret is shown now and never again. */
export const ZTotpEnrolment = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  /** The otpauth URI as a QR code, an SVG data URL. */
  qrCode: z.string(),
});
export type TTotpEnrolment = z.infer<typeof ZTotpEnrolment>;

/** Shown once: only their hashes are kept. */
export const ZRecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type TRecoveryCodes = z.infer<typeof ZRecoveryCodes>;
