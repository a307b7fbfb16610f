import { z } from 'zod';
import { ZGoodApproachStatus } from './good-approaches.ts';
import { ZPerspective, ZThemeNote } from './assessments.ts';
import { wholeNumberText, ZInt, ZText } from './input.ts';
import { ZEmail } from './auth.ts';
import { ZLanguage } from './language.ts';
import { ZActionStatus, ZNoticeKind, ZSupportType, ZThemeRemark } from './follow-up.ts';
import { ZLocalisedText } from './instrument.ts';
import { ZPasskey } from './passkeys.ts';
import { ZIndicatorAnswer } from './scale.ts';
import { ZRoleAssignment, ZRoleGrant } from './roles.ts';

export const PERSON_STATUSES = ['invited', 'active', 'disabled', 'erased'] as const;
export const ZPersonStatus = z.enum(PERSON_STATUSES);
export type TPersonStatus = z.infer<typeof ZPersonStatus>;

/** A person as admins see them. */
export const ZPerson = z.object({
  id: z.uuid(),
  displayName: z.string(),
  /** Null once the person is erased. */
  email: z.string().nullable(),
  status: ZPersonStatus,
  createdAt: z.iso.datetime({ offset: true }),
  roles: z.array(ZRoleAssignment),
});
export type TPerson = z.infer<typeof ZPerson>;

export const ZPersonParams = z.object({ personId: z.uuid() });
export const ZRoleParams = ZPersonParams.extend({ roleId: z.uuid() });

export const ZInvitationCreate = z.object({
  email: ZEmail,
  displayName: ZText.trim().min(2).max(120),
  roles: z.array(ZRoleGrant).min(1).max(50),
});
export type TInvitationCreate = z.infer<typeof ZInvitationCreate>;

/** The link is returned only when no mail server delivers it: the admin passes it on. */
export const ZInvitationResult = z.object({
  person: ZPerson,
  invitationUrl: z.string().nullable(),
});
export type TInvitationResult = z.infer<typeof ZInvitationResult>;

export const ZPersonUpdate = z
  .object({
    displayName: ZText.trim().min(2).max(120),
    status: z.enum(['active', 'disabled']),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Change at least one field' });
export type TPersonUpdate = z.infer<typeof ZPersonUpdate>;

const ZAt = z.iso.datetime({ offset: true });

/** The GDPR export of one's own data: everything Koers holds about the person. */
export const ZAccountExport = z.object({
  exportedAt: z.iso.datetime({ offset: true }),
  person: z.object({
    id: z.uuid(),
    displayName: z.string(),
    email: z.string(),
    status: ZPersonStatus,
    language: ZLanguage,
    createdAt: z.iso.datetime({ offset: true }),
  }),
  roles: z.array(ZRoleAssignment),
  sessions: z.array(
    z.object({
      createdAt: z.iso.datetime({ offset: true }),
      lastSeenAt: z.iso.datetime({ offset: true }),
      expiresAt: z.iso.datetime({ offset: true }),
      signInMethod: z.enum(['password', 'oidc', 'passkey']),
    }),
  ),
  /** Their API tokens: name and dates, never the token (Koers keeps only its hash). */
  apiTokens: z.array(z.object({ name: z.string(), createdAt: ZAt, expiresAt: ZAt, lastUsedAt: ZAt.nullable() })),
  /** The passkeys they sign in with: names and use (the public keys themselves only serve signatures). */
  passkeys: z.array(ZPasskey),
  /** The institutions' accounts (OpenID Connect subjects) this person signs in with. */
  signInIdentities: z.array(
    z.object({
      provider: z.string(),
      subject: z.string(),
      boundAt: z.iso.datetime({ offset: true }),
      /** Empty for a subject an admin configured that has not signed in yet. */
      lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
    }),
  ),
  activity: z.array(
    z.object({
      occurredAt: ZAt,
      action: z.string(),
      subjectType: z.string(),
      subjectId: z.string().nullable(),
      partnershipId: z.uuid().nullable(),
      details: z.unknown(),
    }),
  ),
  /** Sign-in attempts with this address that failed, as long as Koers keeps them for throttling. */
  /** The person's own answers, by indicator code, with their evidence and next steps per theme. */
  responses: z.array(
    z.object({
      id: z.uuid(),
      assessmentId: z.uuid(),
      partnershipName: z.string(),
      periodCode: z.string(),
      perspective: ZPerspective,
      organisationId: z.uuid().nullable(),
      respondentName: z.string(),
      answers: z.record(z.string(), ZIndicatorAnswer),
      notes: z.array(ZThemeNote),
      updatedAt: ZAt,
    }),
  ),
  submissions: z.array(
    z.object({
      assessmentId: z.uuid(),
      periodCode: z.string(),
      submittedAt: ZAt.nullable(),
      reopenedAt: ZAt.nullable(),
      reopenReason: z.string().nullable(),
    }),
  ),
  reviews: z.array(
    z.object({
      assessmentId: z.uuid(),
      partnershipName: z.string(),
      periodCode: z.string(),
      /** Absent when the person only answered the review (as programme manager). */
      written: z
        .object({ summary: z.string(), questionBehind: z.string(), themeRemarks: z.array(ZThemeRemark) })
        .nullable(),
      response: z.string().nullable(),
      updatedAt: ZAt,
    }),
  ),
  timelineNotes: z.array(
    z.object({ partnershipName: z.string(), notedOn: z.iso.date(), text: z.string(), createdAt: ZAt }),
  ),
  /** Good approaches they wrote, in every state, with the texts and the contact line as they gave them. */
  goodApproaches: z.array(
    z.object({
      id: z.uuid(),
      partnershipName: z.string().nullable(),
      title: z.string(),
      context: z.string(),
      whatWeDid: z.string(),
      whatItBrought: z.string(),
      whatItTook: z.string(),
      contact: z.string(),
      status: ZGoodApproachStatus,
      createdAt: ZAt,
      updatedAt: ZAt,
    }),
  ),
  actions: z.array(
    z.object({
      id: z.uuid(),
      partnershipName: z.string(),
      description: z.string(),
      dueOn: z.iso.date(),
      supportType: ZSupportType,
      status: ZActionStatus,
      createdByMe: z.boolean(),
      ownedByMe: z.boolean(),
    }),
  ),
  actionNotes: z.array(
    z.object({ actionId: z.uuid(), text: z.string(), statusChange: ZActionStatus.nullable(), createdAt: ZAt }),
  ),
  flagEvents: z.array(z.object({ flagId: z.uuid(), event: z.string(), note: z.string().nullable(), occurredAt: ZAt })),
  /** Contact requests between partnerships they asked or answered, with the words they wrote. */
  contactRequests: z.array(
    z.object({
      id: z.uuid(),
      askingPartnershipName: z.string(),
      peerPartnershipName: z.string(),
      theme: z.number().int(),
      status: z.string(),
      askedByMe: z.boolean(),
      message: z.string().nullable(),
      answeredByMe: z.boolean(),
      reply: z.string().nullable(),
      createdAt: ZAt,
      answeredAt: ZAt.nullable(),
    }),
  ),
  notices: z.array(z.object({ kind: ZNoticeKind, title: ZLocalisedText, createdAt: ZAt, readAt: ZAt.nullable() })),
  noticePreferences: z.array(z.object({ kind: ZNoticeKind, inApp: z.boolean(), email: z.boolean() })),
  /** The authenticator app and recovery codes, without their secrets. */
  secondFactor: z.object({ enrolledAt: ZAt.nullable(), recoveryCodesLeft: z.number().int() }),
  /** That the person has a calendar feed, and since when; never its secret address (only a hash is kept). */
  calendarFeed: z.object({ language: ZLanguage, createdAt: ZAt, renewedAt: ZAt.nullable() }).nullable(),
  /** Emails Koers queued or sent to them (the text itself is not kept once sent). */
  emails: z.array(
    z.object({ kind: z.string(), subject: z.string(), status: z.string(), createdAt: ZAt, sentAt: ZAt.nullable() }),
  ),
  /** Their intervision sign-ups: the round, the partnership, and the dilemma and case they wrote. */
  intervisionSignUps: z.array(
    z.object({
      roundId: z.uuid(),
      partnershipId: z.uuid(),
      dilemma: z.string(),
      case: z.string().nullable(),
      createdAt: ZAt,
    }),
  ),
});
export type TAccountExport = z.infer<typeof ZAccountExport>;

export const ZAuditEntry = z.object({
  id: z.string(),
  occurredAt: z.iso.datetime({ offset: true }),
  actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  action: z.string(),
  partnershipId: z.uuid().nullable(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditQuery = z.object({
  partnershipId: z.uuid().optional(),
  personId: z.uuid().optional(),
  limit: wholeNumberText(ZInt.min(1).max(500)).default(100),
});
