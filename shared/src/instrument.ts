import { z } from 'zod';
import { THEME_NUMBERS } from './themes.ts';

/** A text the interface shows in Dutch first, English second. */
export const ZLocalisedText = z.object({ nl: z.string(), en: z.string() });
export type TLocalisedText = z.infer<typeof ZLocalisedText>;

export const ZIndicator = z.object({
  id: z.uuid(),
  code: z.string(),
  text: ZLocalisedText,
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
