import { z } from 'zod';
import { ZText, ZVersionTag } from './input.ts';
import { ZIndicatorAnswer } from './scale.ts';
import { THEME_NUMBERS } from './themes.ts';

/** Whose view a response gives: the programme manager for the partnership, or a member organisation. */
export const PERSPECTIVES = ['coordination', 'institute', 'school_board', 'school'] as const;
export const ZPerspective = z.enum(PERSPECTIVES);
export type TPerspective = z.infer<typeof ZPerspective>;

export const ZThemeNumber = z.union(THEME_NUMBERS.map((n) => z.literal(n)));

/**
 * The most characters an evidence or next-step text may hold: room for a page or two of examples,
 * agreements and figures per theme (5,000 cut off what people pasted from their own documents).
 */
export const NOTE_TEXT_LIMIT = 10_000;

export const ZThemeNote = z.object({
  theme: ZThemeNumber,
  evidence: ZText.max(NOTE_TEXT_LIMIT),
  nextStep: ZText.max(NOTE_TEXT_LIMIT),
  priority: z.boolean(),
});
export type TThemeNote = z.infer<typeof ZThemeNote>;

/** A response's content: what a save sends in full, and what is read back. Blanks are simply absent. */
export const ZResponseContent = z.object({
  answers: z.record(z.uuid(), ZIndicatorAnswer).refine((a) => Object.keys(a).length <= 200, 'Too many answers'),
  notes: z.array(ZThemeNote).max(5),
});
export type TResponseContent = z.infer<typeof ZResponseContent>;

export const ZResponse = ZResponseContent.extend({
  id: z.uuid(),
  perspective: ZPerspective,
  organisationId: z.uuid().nullable(),
  respondentName: z.string(),
  /** True for the signed-in person's own response. */
  mine: z.boolean(),
  /** Responses of invited respondents are filled in through their personal link. */
  viaLink: z.boolean(),
  version: z.number().int().positive(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TResponse = z.infer<typeof ZResponse>;

export const ZSubmission = z.object({
  id: z.uuid(),
  submittedAt: z.iso.datetime({ offset: true }),
  submittedBy: z.string(),
  reopenedAt: z.iso.datetime({ offset: true }).nullable(),
  reopenedBy: z.string().nullable(),
  reopenReason: z.string().nullable(),
});
export type TSubmission = z.infer<typeof ZSubmission>;

export const ZThemeResult = z.object({
  theme: ZThemeNumber,
  score: z.number().nullable(),
  coverage: z.number().nullable(),
  perspectives: z.record(z.string(), z.number().nullable()),
  perspectiveSpread: z.number().nullable(),
});

export const ZAssessment = z.object({
  id: z.uuid(),
  partnershipId: z.uuid(),
  partnershipName: z.string(),
  periodId: z.uuid(),
  periodCode: z.string(),
  dueOn: z.iso.date(),
  instrumentVersion: z.number().int(),
  status: z.enum(['draft', 'submitted']),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  responses: z.array(ZResponse),
  submissions: z.array(ZSubmission),
  results: z.array(ZThemeResult),
});
export type TAssessment = z.infer<typeof ZAssessment>;

export const ZAssessmentSummary = z.object({
  id: z.uuid(),
  periodId: z.uuid(),
  periodCode: z.string(),
  status: z.enum(['draft', 'submitted']),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  responseCount: z.number().int(),
});
export type TAssessmentSummary = z.infer<typeof ZAssessmentSummary>;

export const ZAssessmentParams = z.object({ assessmentId: z.uuid() });
export const ZResponseParams = ZAssessmentParams.extend({ responseId: z.uuid() });
export const ZAssessmentStart = z.object({ periodId: z.uuid() });

export const ZOwnResponseCreate = z.object({
  perspective: ZPerspective.default('coordination'),
  organisationId: z.uuid().nullable().default(null),
});

export const ZRespondentInvite = z.object({
  name: ZText.trim().min(2).max(120),
  perspective: ZPerspective.exclude(['coordination']),
  organisationId: z.uuid(),
});
export type TRespondentInvite = z.infer<typeof ZRespondentInvite>;

export const ZRespondentInviteResult = z.object({ response: ZResponse, link: z.string() });

export const ZReopen = z.object({ reason: ZText.trim().min(5).max(1000) });

/** Sent as the If-Match header of a save: the version the edit was based on. */
export const VERSION_HEADER = 'if-match';
/** The headers of a save: the version it is based on (absent: 428, so that no save overwrites blindly). */
export const ZVersionHeaders = z.looseObject({ [VERSION_HEADER]: ZVersionTag.optional() });
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const ZIdempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/);

/** What an invited respondent's personal link opens: one partnership, one period, their own response. */
export const ZRespondentView = z.object({
  partnershipName: z.string(),
  periodCode: z.string(),
  dueOn: z.iso.date(),
  status: z.enum(['draft', 'submitted']),
  instrumentVersion: z.number().int(),
  response: ZResponse,
  /** Invited by email: the respondent can say they are done, which the programme manager sees. */
  invitedByEmail: z.boolean(),
});
export type TRespondentView = z.infer<typeof ZRespondentView>;

export const ZRespondentLinkParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });
