import { z } from 'zod';
import { wholeNumberText, ZInt, ZText } from './input.ts';
import { THEME_NUMBERS } from './themes.ts';

/** A text the interface shows in Dutch first, English second. */
export const ZLocalisedText = z.object({ nl: ZText.max(2000), en: ZText.max(2000) });
export type TLocalisedText = z.infer<typeof ZLocalisedText>;

export const ZIndicator = z.object({
  id: z.uuid(),
  code: z.string(),
  text: ZLocalisedText,
  /** The indicator of an earlier version this one continues, so its trend runs on; null when it is new. */
  continuesIndicatorId: z.uuid().nullable(),
});
export type TIndicator = z.infer<typeof ZIndicator>;

export const ZTheme = z.object({
  number: z.union(THEME_NUMBERS.map((n) => z.literal(n))),
  name: ZLocalisedText,
  question: ZLocalisedText,
  indicators: z.array(ZIndicator),
});
export type TTheme = z.infer<typeof ZTheme>;

export const INSTRUMENT_STATUSES = ['draft', 'published', 'retired'] as const;

export const ZInstrumentVersion = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  title: ZLocalisedText,
  status: z.enum(INSTRUMENT_STATUSES),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  themes: z.array(ZTheme),
});
export type TInstrumentVersion = z.infer<typeof ZInstrumentVersion>;

/** A new questionnaire version as an admin drafts it: all five themes, their indicators, and which
 * indicator of an earlier version each one continues (so its trend runs on), if any. */
export const ZInstrumentDraft = z.object({
  title: ZLocalisedText.extend({ nl: ZText.trim().min(3).max(200), en: ZText.trim().min(3).max(200) }),
  themes: z
    .array(
      z.object({
        number: z.union(THEME_NUMBERS.map((n) => z.literal(n))),
        name: ZLocalisedText,
        question: ZLocalisedText,
        indicators: z
          .array(
            z.object({
              code: z
                .string()
                .trim()
                .regex(/^[1-5]\.\d{1,2}$/, 'Use a code like 4.2'),
              text: z.object({ nl: ZText.trim().min(5).max(500), en: ZText.trim().min(5).max(500) }),
              continuesIndicatorId: z.uuid().nullable().default(null),
            }),
          )
          .min(1)
          .max(12),
      }),
    )
    .length(5)
    .refine((themes) => new Set(themes.map((t) => t.number)).size === 5, 'Each of the five themes exactly once'),
});
export type TInstrumentDraft = z.infer<typeof ZInstrumentDraft>;

export const ZInstrumentVersionSummary = ZInstrumentVersion.omit({ themes: true });
export const ZInstrumentVersionParams = z.object({ version: wholeNumberText(ZInt.min(1).max(1_000_000)) });
