import { z } from 'zod';
import { ZThemeNumber } from './assessments.ts';
import { ZText } from './input.ts';
import { pageQuery } from './paging.ts';
import { ZScenario } from './partnerships.ts';

/**
 * Good approaches (goede aanpakken): how one partnership tackled something, written for others to learn
 * from. A programme manager's write-up waits for a critical friend of that partnership or an admin;
 * critical friends and admins publish their own directly.
 */
export const GOOD_APPROACH_STATUSES = ['draft', 'submitted', 'published', 'withdrawn'] as const;
export const ZGoodApproachStatus = z.enum(GOOD_APPROACH_STATUSES);
export type TGoodApproachStatus = z.infer<typeof ZGoodApproachStatus>;

const ZStory = ZText.trim().min(3).max(4000);

export const ZGoodApproachWrite = z.object({
  title: ZText.trim().min(3).max(160),
  context: ZStory,
  whatWeDid: ZStory,
  whatItBrought: ZStory,
  whatItTook: ZStory,
  /** Whom to ask, as the author chooses to give it: a name, an email, a role. */
  contact: ZText.trim().max(300).default(''),
  themes: z
    .array(ZThemeNumber)
    .min(1)
    .max(5)
    .refine((themes) => new Set(themes).size === themes.length, 'Name each theme once'),
  /** Indicators of the current instrument. */
  indicatorIds: z.array(z.uuid()).max(20).default([]),
  scenario: ZScenario.nullable().default(null),
  /** Required for a programme manager: their own partnership. */
  partnershipId: z.uuid().nullable().default(null),
  /** Kept as a draft instead of submitted (or, for critical friends and admins, published). */
  asDraft: z.boolean().default(false),
});
export type TGoodApproachWrite = z.infer<typeof ZGoodApproachWrite>;

export const ZGoodApproach = z.object({
  id: z.uuid(),
  title: z.string(),
  context: z.string(),
  whatWeDid: z.string(),
  whatItBrought: z.string(),
  whatItTook: z.string(),
  contact: z.string(),
  themes: z.array(ZThemeNumber),
  indicators: z.array(z.object({ id: z.uuid(), code: z.string() })),
  scenario: ZScenario.nullable(),
  partnership: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  author: z.object({ id: z.uuid(), name: z.string() }),
  status: ZGoodApproachStatus,
  /** What an approver said when sending it back. */
  reviewComment: z.string().nullable(),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TGoodApproach = z.infer<typeof ZGoodApproach>;

/** Which approaches a list shows: the published ones, one's own in any state, or those awaiting one's approval. */
export const GOOD_APPROACH_VIEWS = ['published', 'mine', 'awaiting'] as const;

export const ZGoodApproachQuery = pageQuery({ defaultSize: 20, maxSize: 50 }).extend({
  view: z.enum(GOOD_APPROACH_VIEWS).default('published'),
  /** Words as a person types them; Dutch stemming finds other forms of the same word. */
  q: ZText.trim().max(200).optional(),
  theme: z.enum(['1', '2', '3', '4', '5']).transform(Number).pipe(ZThemeNumber).optional(),
  indicatorId: z.uuid().optional(),
  scenario: ZScenario.optional(),
});
export type TGoodApproachQuery = z.infer<typeof ZGoodApproachQuery>;

export const ZGoodApproachPage = z.object({ items: z.array(ZGoodApproach), total: z.number().int() });
export type TGoodApproachPage = z.infer<typeof ZGoodApproachPage>;

export const ZGoodApproachParams = z.object({ goodApproachId: z.uuid() });

export const ZGoodApproachDecision = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('publish') }),
  z.object({ decision: z.literal('send_back'), comment: ZText.trim().min(3).max(2000) }),
]);
export type TGoodApproachDecision = z.infer<typeof ZGoodApproachDecision>;

/** A good approach as a flag's page suggests it: with why it matches. */
export const ZFlagGoodApproach = z.object({
  approach: ZGoodApproach,
  sameScenario: z.boolean(),
  /** Indicator codes it shares with the ones that pull the flag's theme down. */
  sharedIndicators: z.array(z.string()),
});
export const ZFlagGoodApproaches = z.object({ items: z.array(ZFlagGoodApproach) });
export type TFlagGoodApproaches = z.infer<typeof ZFlagGoodApproaches>;
