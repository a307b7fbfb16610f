import { z } from 'zod';
import { ZPerspective } from './assessments.ts';
import { ZEmail } from './auth.ts';
import { ZText } from './input.ts';

/** The perspectives a respondent of a member organisation answers from (the programme manager's is `coordination`). */
export const INVITABLE_PERSPECTIVES = ['institute', 'school_board', 'school'] as const;
export const ZInvitablePerspective = ZPerspective.exclude(['coordination']);
export type TInvitablePerspective = z.infer<typeof ZInvitablePerspective>;

export const EMAIL_LOCALES = ['nl', 'en'] as const;
export const ZEmailLocale = z.enum(EMAIL_LOCALES);
export type TEmailLocaleValue = z.infer<typeof ZEmailLocale>;

/** One respondent to invite by email: their personal link goes to this address, in their language. */
export const ZRespondentInvitation = z.object({
  name: ZText.trim().min(2).max(120),
  email: ZEmail,
  perspective: ZInvitablePerspective,
  organisationId: z.uuid(),
  locale: ZEmailLocale.default('nl'),
});
export type TRespondentInvitation = z.infer<typeof ZRespondentInvitation>;

export const ZInvitationBatch = z.object({ invitations: z.array(ZRespondentInvitation).min(1).max(200) });
export type TInvitationBatch = z.infer<typeof ZInvitationBatch>;

/**
 * Where an invited respondent is: invited (the email is on its way or arrived), opened (the link was
 * used), draft (answers saved), submitted (they said they are done), bounced or failed (the email did not
 * arrive), withdrawn (the link no longer works).
 */
export const INVITATION_STATUSES = [
  'invited',
  'opened',
  'draft',
  'submitted',
  'bounced',
  'failed',
  'withdrawn',
] as const;
export const ZInvitationStatus = z.enum(INVITATION_STATUSES);
export type TInvitationStatus = z.infer<typeof ZInvitationStatus>;

export const ZInvitedRespondent = z.object({
  responseId: z.uuid(),
  name: z.string(),
  email: z.string(),
  perspective: ZInvitablePerspective,
  organisationId: z.uuid().nullable(),
  locale: ZEmailLocale,
  status: ZInvitationStatus,
  invitedAt: z.iso.datetime({ offset: true }),
});
export type TInvitedRespondent = z.infer<typeof ZInvitedRespondent>;

/** Per perspective: how many were invited (withdrawn ones left out) and how many of them submitted. */
export const ZResponseRate = z.object({
  perspective: ZInvitablePerspective,
  invited: z.number().int(),
  submitted: z.number().int(),
});

export const ZInvitationOverview = z.object({
  respondents: z.array(ZInvitedRespondent),
  rates: z.array(ZResponseRate),
  /** False when no mail server is configured: the links are then handed over in `links` to share by hand. */
  emailed: z.boolean(),
  links: z.array(z.object({ responseId: z.uuid(), link: z.string() })),
});
export type TInvitationOverview = z.infer<typeof ZInvitationOverview>;

export const ZInvitationParams = z.object({ assessmentId: z.uuid(), responseId: z.uuid() });
