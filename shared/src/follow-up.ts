import { z } from 'zod';
import { ZDate, ZText } from './input.ts';
import { ZFlag } from './dashboards.ts';
import { ZFlagKind, ZFlagSeverity } from './flags.ts';
import { ZLocalisedText } from './instrument.ts';
import { pageQuery } from './paging.ts';
import { THEME_NUMBERS } from './themes.ts';

const ZThemeNumber = z.union(THEME_NUMBERS.map((n) => z.literal(n)));
const ZInstant = z.iso.datetime({ offset: true });

/** The support a critical friend can arrange (domain brief). */
export const SUPPORT_TYPES = [
  'expert_conversation',
  'peer_review',
  'masterclass',
  'intervision',
  'good_approach',
  'other',
] as const;
export const ZSupportType = z.enum(SUPPORT_TYPES);
export type TSupportType = z.infer<typeof ZSupportType>;

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export const ZActionStatus = z.enum(ACTION_STATUSES);
export type TActionStatus = z.infer<typeof ZActionStatus>;

export const ZActionNote = z.object({
  author: z.string(),
  text: z.string(),
  statusChange: ZActionStatus.nullable(),
  createdAt: ZInstant,
});

export const ZAction = z.object({
  id: z.uuid(),
  partnershipId: z.uuid(),
  theme: ZThemeNumber.nullable(),
  description: z.string(),
  owner: z.object({ id: z.uuid(), name: z.string() }),
  dueOn: ZDate,
  supportType: ZSupportType,
  status: ZActionStatus,
  /** Past its due date and not done or dropped. */
  overdue: z.boolean(),
  /** The flags it answers, named by kind and theme. */
  flags: z.array(z.object({ id: z.uuid(), kind: ZFlagKind, theme: ZThemeNumber.nullable() })),
  notes: z.array(ZActionNote),
  /** Good approaches the action builds on (published ones; a later withdrawal keeps the link, not the text). */
  goodApproaches: z.array(z.object({ id: z.uuid(), title: z.string() })),
  /** A peer review with another partnership: the other side's action, and how far it is. */
  peerReview: z
    .object({ partnership: z.object({ id: z.uuid(), name: z.string() }), actionId: z.uuid(), status: ZActionStatus })
    .nullable(),
  createdBy: z.string(),
  createdAt: ZInstant,
});
export type TAction = z.infer<typeof ZAction>;

export const ZActionCreate = z.object({
  theme: ZThemeNumber.nullable().default(null),
  description: ZText.trim().min(3).max(1000),
  /** A person with a role in the partnership. */
  ownerId: z.uuid(),
  dueOn: ZDate,
  supportType: ZSupportType,
  flagIds: z.array(z.uuid()).max(20).default([]),
  /** Published good approaches the action builds on. */
  goodApproachIds: z.array(z.uuid()).max(10).default([]),
  /**
   * For a peer review: the other partnership, which gets the same action (due the same day) of its own.
   * One the person may read: critical friends of both, or an admin, typically set it up.
   */
  peerPartnershipId: z.uuid().nullable().default(null),
});
export type TActionCreate = z.infer<typeof ZActionCreate>;

export const ZActionProgress = z.object({
  text: ZText.trim().min(1).max(2000),
  status: ZActionStatus.optional(),
});
export type TActionProgress = z.infer<typeof ZActionProgress>;

export const ZActionParams = z.object({ actionId: z.uuid() });
export const ZFlagParams = z.object({ flagId: z.uuid() });

export const ZFlagClosure = z.object({ resolution: ZText.trim().max(1000).default('') });

export const ZFlagEvent = z.object({
  event: z.enum(['raised', 'acknowledged', 'action_linked', 'closed']),
  at: ZInstant,
  actor: z.string().nullable(),
  note: z.string().nullable(),
});

/** What a flag showed in one quarter: a flag still open when the next quarter shows the same is carried on. */
export const ZFlagReading = z.object({
  periodCode: z.string(),
  severity: ZFlagSeverity,
  reason: ZLocalisedText,
  recordedAt: ZInstant,
});
export type TFlagReading = z.infer<typeof ZFlagReading>;

export const ZFlagDetail = z.object({
  flag: ZFlag,
  partnership: z.object({ id: z.uuid(), name: z.string() }),
  history: z.array(ZFlagEvent),
  /** Oldest first; the flag itself shows the latest. */
  readings: z.array(ZFlagReading),
  actions: z.array(ZAction),
});
export type TFlagDetail = z.infer<typeof ZFlagDetail>;

export const ZQueueItem = z.object({
  flag: ZFlag,
  /** The quarter the flag was first raised in; it differs from the flag's quarter when carried on. */
  sincePeriodCode: z.string(),
  partnership: z.object({ id: z.uuid(), name: z.string() }),
  actions: z.object({ total: z.number().int(), open: z.number().int(), overdue: z.number().int() }),
  /** When the partnership was last reviewed; flags raised since then are new to the critical friend. */
  lastReviewAt: ZInstant.nullable(),
  newSinceLastReview: z.boolean(),
});
export type TQueueItem = z.infer<typeof ZQueueItem>;

/** Flags per page of the review queue: a screenful a critical friend can weigh at once. */
export const QUEUE_PAGE_SIZE = 25;

/** The queue comes in pages: a critical friend of many partnerships can have hundreds of open flags. */
export const ZReviewQueueQuery = pageQuery({ defaultSize: QUEUE_PAGE_SIZE, maxSize: 100 });
export type TReviewQueueQuery = z.infer<typeof ZReviewQueueQuery>;

export const ZReviewQueue = z.object({
  items: z.array(ZQueueItem),
  /** Open flags in the queue, across all pages. */
  total: z.number().int(),
});
export type TReviewQueue = z.infer<typeof ZReviewQueue>;

export const ZThemeRemark = z.object({ theme: ZThemeNumber, remark: ZText.trim().max(2000) });

export const ZReviewWrite = z.object({
  summary: ZText.trim().min(3).max(4000),
  questionBehind: ZText.trim().max(2000).default(''),
  themeRemarks: z.array(ZThemeRemark).max(5).default([]),
});
export type TReviewWrite = z.infer<typeof ZReviewWrite>;

export const ZReview = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  periodCode: z.string(),
  author: z.string(),
  /** Board members see only that a review happened, and its summary when the partnership shares it. */
  summary: z.string().nullable(),
  questionBehind: z.string().nullable(),
  themeRemarks: z.array(ZThemeRemark),
  response: z.object({ text: z.string(), by: z.string(), at: ZInstant }).nullable(),
  createdAt: ZInstant,
  updatedAt: ZInstant,
});
export type TReview = z.infer<typeof ZReview>;

export const ZReviewResponse = z.object({ text: ZText.trim().min(1).max(4000) });

export const ZPartnershipSharing = z.object({ sharesWithBoard: z.boolean() });

export const NOTICE_KINDS = [
  'review_new',
  'flag_new',
  'action_new',
  'action_due_soon',
  'action_overdue',
  'assessment_due_soon',
  'intervision_group',
  /** Another partnership asks for contact through the network portrait. */
  'contact_request',
  /** The asked partnership accepted or declined a contact request. */
  'contact_answer',
  /** A programme manager's good approach waits for a critical friend of the partnership. */
  'good_approach_submitted',
] as const;
export const ZNoticeKind = z.enum(NOTICE_KINDS);
export type TNoticeKind = z.infer<typeof ZNoticeKind>;

export const ZNotice = z.object({
  id: z.uuid(),
  kind: ZNoticeKind,
  title: ZLocalisedText,
  link: z.string(),
  createdAt: ZInstant,
  readAt: ZInstant.nullable(),
});
export type TNotice = z.infer<typeof ZNotice>;

export const ZNoticeParams = z.object({ noticeId: z.uuid() });

export const ZNoticePreferences = z
  .array(z.object({ kind: ZNoticeKind, inApp: z.boolean(), email: z.boolean() }))
  .max(NOTICE_KINDS.length);
export type TNoticePreferences = z.infer<typeof ZNoticePreferences>;

/** How notices reach a person by email: each on its own, or once a week in a digest (flags and actions due). */
export const ZNoticeEmailRhythm = z.object({ rhythm: z.enum(['per_notice', 'weekly']) });
export type TNoticeEmailRhythm = z.infer<typeof ZNoticeEmailRhythm>;
